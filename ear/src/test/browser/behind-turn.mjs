// A customer and an agent who can reach the server only through TURN, over HTTPS: this script runs
// in a network namespace of its own whose one link leads to the server's HTTPS port and the TURN
// server, with no route to the media server's address. The pages come over HTTPS with a
// certificate of the tests' own CA, which this Chromium trusts like a company's (its NSS
// database, not --ignore-certificate-errors): the microphone is granted, the call connects through
// the TURN relay, audio flows both ways, and the selected candidate pair is a relay on both sides.
// Env: BASE_URL (https://...), SCREENSHOTS, HOME (with .pki/nssdb), NODE_EXTRA_CA_CERTS.
import { base, callSupport, check, flowing, launchWithMedia, shots, staff } from './support.mjs';

check(base.startsWith('https://'), `the pages come over HTTPS: ${base}`);
const agents = await staff('admin', 'GET', '/agents?q=agent3');
const agent = agents.items.find((a) => a.login === 'agent3').id;

const browser = await launchWithMedia();
const customer = await (await browser.newContext({ locale: 'en-US', viewport: { width: 420, height: 800 } })).newPage();
const desk = await (await browser.newContext({ locale: 'en-US', httpCredentials: { username: 'agent3', password: 'demo' } })).newPage();
for (const [who, page] of [['customer', customer], ['desk', desk]]) {
  page.on('pageerror', (e) => console.log(`${who} page error: ${e.message}`));
}


/** The kinds of the local and remote candidates of the microphone connection's selected pair. */
function selectedPair(page, call) {
  return page.evaluate(async (id) => {
    const pc = window.callistoPhone.peers.get(id);
    const stats = await pc.getStats();
    let pair = null;
    stats.forEach((s) => {
      if (s.type === 'transport' && s.selectedCandidatePairId) pair = stats.get(s.selectedCandidatePairId);
    });
    if (!pair) return null;
    const local = stats.get(pair.localCandidateId);
    const remote = stats.get(pair.remoteCandidateId);
    return { local: local.candidateType, protocol: local.relayProtocol || local.protocol, remote: remote.candidateType, url: local.url };
  }, Number(call));
}

let call = null;
try {
  await desk.goto(`${base}/callisto/desk.xhtml`);
  await desk.waitForSelector('body[data-ready=true][data-phone=connected]');
  call = await callSupport(customer);
  check(await customer.evaluate(() => window.isSecureContext), 'the customer page is a secure context');
  const music = await flowing(customer, call);
  check(music.grew > 1000, `the queued customer hears hold music through the relay: ${JSON.stringify(music)}`);

  await staff('agent3', 'PUT', `/agents/${agent}/state`, { state: 'IDLE' });
  await desk.waitForSelector('#incoming:not([hidden])', { timeout: 20000 });
  await desk.click('#answer');
  await desk.waitForSelector('body[data-media=connected]', { timeout: 20000 });
  await customer.waitForSelector('#call[data-status=TALKING]');
  const toAgent = await flowing(desk, call);
  const toCustomer = await flowing(customer, call);
  check(toAgent.grew > 1000, `the agent hears the customer: ${JSON.stringify(toAgent)}`);
  check(toCustomer.grew > 1000, `the customer hears the agent: ${JSON.stringify(toCustomer)}`);
  const customerPair = await selectedPair(customer, call);
  const agentPair = await selectedPair(desk, call);
  check(customerPair && customerPair.local === 'relay', `the customer's media goes through TURN: ${JSON.stringify(customerPair)}`);
  check(agentPair && agentPair.local === 'relay', `the agent's media goes through TURN: ${JSON.stringify(agentPair)}`);
  await customer.screenshot({ path: `${shots}/behind-turn-customer.png` });
  console.log(`call ${call} through TURN over HTTPS: customer ${JSON.stringify(customerPair)}, agent ${JSON.stringify(agentPair)}; `
    + `customer received ${toCustomer.grew} B, agent ${toAgent.grew} B in 2.5 s`);
  await staff('agent3', 'POST', `/calls/${call}/hangup`);
} catch (e) {
  console.error(`FAILED: ${e.message}`);
  process.exitCode = 1;
} finally {
  await browser.close();
  if (call) await staff('admin', 'POST', `/calls/${call}/customer-hangup`).catch(() => {});
  await staff('agent3', 'POST', `/agents/${agent}/after-call-work/finish`).catch(() => {});
  await staff('agent3', 'PUT', `/agents/${agent}/state`, { state: 'SIGNED_OUT' }).catch(() => {});
}
