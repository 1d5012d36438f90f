// A whole call with media, in real Chromium with fake microphones: a customer calls from the web
// page, goes through the visual IVR and hears hold music while queued; agent2 on the agent desk
// (toolbar collapsed: it only signals, then opened) gets the screen pop (customer, IVR keys,
// queue wait, the CRM page, the customer card, edited and saved) and answers; audio flows both ways (WebRTC
// statistics); the agent saves a service summary (a missing required value is refused next to its
// field, keeping what was typed); chat (text and an image; a fake image is refused) crosses both
// ways, also after the customer's connection drops and comes back; the agent holds and resumes; a supervisor sees the call on the
// monitoring page, clicks Listen and hears it, and sees the call's estimated MOS; the agent hangs up, finds the call among their own
// and plays its recording, as an admin does in the console's call records. Prints "media call <id>" for
// the Java test, which checks the recording. Env: BASE_URL, SCREENSHOTS.
import { base, check, flowing, launchWithMedia, shots, staff } from './support.mjs';

const agents = await staff('admin', 'GET', '/agents?q=agent2');
const agent = agents.items.find((a) => a.login === 'agent2').id;

const browser = await launchWithMedia();
const customerContext = await browser.newContext({ locale: 'en-US', viewport: { width: 420, height: 900 } });
const agentContext = await browser.newContext({ locale: 'en-US', httpCredentials: { username: 'agent2', password: 'demo' } });
const supervisorContext = await browser.newContext({ httpCredentials: { username: 'supervisor', password: 'demo' } });
const customer = await customerContext.newPage();
const desk = await agentContext.newPage();
const supervisor = await supervisorContext.newPage();
for (const [who, page] of [['customer', customer], ['desk', desk], ['supervisor', supervisor]]) {
  page.on('pageerror', (e) => console.log(`${who} page error: ${e.message}`));
}


let call = null;
try {
  // The tenant's service summary has a required choice (the desk builds its form from these).
  await staff('admin', 'POST', '/wrap-up-fields',
    { key: 'resolution', label: 'Resolution', type: 'CHOICE', choices: ['solved', 'escalated'], required: true }).catch(() => {});
  // The tenant's CRM page (here a stand-in on this server) frames into the screen pop.
  await staff('admin', 'PUT', '/crm-page', {
    urlTemplate: `${base}/callisto/visitor/index.html?tenant=acme&crm={number}&call={callId}&agent={agent}`,
    allowedHosts: [new URL(base).hostname]
  });
  // The tenant's customer cards carry a required level and a contract number.
  await staff('admin', 'PUT', '/customers/card-fields', { fields: [
    { key: 'level', label: 'Level', kind: 'CHOICE', required: true, options: ['gold', 'silver'] },
    { key: 'contract', label: 'Contract', kind: 'NUMBER', required: false }
  ] });
  await desk.goto(`${base}/callisto/desk.xhtml`);
  await desk.waitForSelector('body[data-ready=true][data-phone=connected]');

  await customer.goto(`${base}/callisto/visitor/index.html?tenant=acme&channel=WEB&flow=main`);
  await customer.waitForSelector('body[data-ready=true]');
  await customer.click('#show-call');
  await customer.click('#start-call');
  await customer.waitForSelector('body[data-media=connected]');
  await customer.click('#ivr-menu button[data-key="2"]');
  await customer.waitForSelector('#ivr-menu button[data-key="1"]:text("Repairs")');
  await customer.click('#ivr-menu button[data-key="1"]');
  await customer.waitForSelector('#call[data-status=QUEUED]');
  call = await customer.getAttribute('#call', 'data-call');
  const music = await flowing(customer, call);
  check(music.grew > 1000, `the queued customer hears hold music: ${JSON.stringify(music)}`);

  // Collapsed, the toolbar does not pop open on the new call: it only signals; opened, it rings.
  await desk.click('#collapse');
  await staff('agent2', 'PUT', `/agents/${agent}/state`, { state: 'IDLE' });
  await desk.waitForSelector('body[data-signal=true]');
  check(!(await desk.isVisible('#incoming')) && !(await desk.isVisible('#screen-pop')), 'collapsed, the desk only signals the call');
  await desk.click('#collapse');
  await desk.waitForSelector('#incoming:not([hidden])');
  check(await desk.isVisible('#answer'), 'opened again, the desk shows the ringing call');
  check((await desk.textContent('#ivr-keys')).includes('2 → 1'), 'the screen pop shows the IVR keys');
  check((await desk.textContent('#caller')).length > 0, 'the screen pop shows the customer');
  await desk.waitForSelector('#crm:not([hidden])');
  const crm = await desk.getAttribute('#crm', 'src');
  check(crm.includes('agent=agent2') && /call=\d+/.test(crm), `the CRM page gets the call and the agent: ${crm}`);
  await desk.screenshot({ path: `${shots}/agent-desk-ringing.png`, fullPage: true });
  await desk.click('#answer');
  await desk.waitForSelector('body[data-media=connected]');
  await customer.waitForSelector('#call[data-status=TALKING]');

  const toAgent = await flowing(desk, call);
  const toCustomer = await flowing(customer, call);
  check(toAgent.grew > 1000 && toAgent.sent > 1000, `the agent hears the customer: ${JSON.stringify(toAgent)}`);
  check(toCustomer.grew > 1000 && toCustomer.sent > 1000, `the customer hears the agent: ${JSON.stringify(toCustomer)}`);

  await customer.fill('#chat-text', 'Hello, my printer 🖨️ is broken');
  await customer.press('#chat-text', 'Enter');
  await desk.waitForSelector('#chat-log li[data-from=CUSTOMER]:has-text("printer")');
  await desk.fill('#chat-text', 'Sorry to hear that, let me check 👍');
  await desk.press('#chat-text', 'Enter');
  await customer.waitForSelector('#chat-log li[data-from=AGENT]:has-text("let me check")');
  check((await desk.textContent('#queue-wait')).endsWith(' s'), 'the screen pop shows the queue wait');

  // The service summary: saving without the required resolution is refused next to the field,
  // and what the agent typed stays; with it, it is saved.
  await desk.fill('#summary-notes', 'Printer jams on page two');
  await desk.click('#summary-form button[type=submit]');
  await desk.waitForFunction(() => document.querySelector('.field-error[data-for="summary.resolution"]').textContent.length > 0);
  check(await desk.inputValue('#summary-notes') === 'Printer jams on page two', 'the form keeps what the agent typed');
  await desk.selectOption('#summary-fields select[data-key=resolution]', 'solved');
  await desk.click('#summary-form button[type=submit]');
  await desk.waitForSelector('body[data-summary=saved]');

  // The customer card: without the required level the save is refused next to that field and
  // the name typed stays; with it the card is saved and reads back the same.
  const who = await desk.textContent('#caller');
  await desk.waitForSelector('#card-fields select[data-key=level]');
  await desk.fill('#card-name', 'Lin Wei');
  await desk.fill('#card-tags', 'vip, printer');
  await desk.fill('#card-fields input[data-key=contract]', '4711');
  await desk.click('#card-form button[type=submit]');
  await desk.waitForFunction(() => document.querySelector('#card-form .field-error[data-for="fields.level"]').textContent.length > 0);
  check(await desk.inputValue('#card-name') === 'Lin Wei', 'the card keeps the name the agent typed');
  await desk.selectOption('#card-fields select[data-key=level]', 'gold');
  await desk.click('#card-form button[type=submit]');
  await desk.waitForSelector('body[data-card=saved]');
  const card = await staff('agent2', 'GET', `/customers/${encodeURIComponent(who)}/card`);
  const value = (key) => card.fields.find((f) => f.key === key).value;
  check(card.name === 'Lin Wei' && card.tags.join() === 'vip,printer' && value('level') === 'gold' && value('contract') === '4711',
    `the customer card is saved: ${JSON.stringify(card)}`);
  await desk.screenshot({ path: `${shots}/agent-desk.png`, fullPage: true });

  // An image in the chat: a real PNG reaches the agent; a text file called .png is refused, saying why.
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
  await customer.setInputFiles('#chat-image', { name: 'part.png', mimeType: 'image/png', buffer: png });
  await desk.waitForFunction(() => {
    const img = document.querySelector('#chat-log li[data-from=CUSTOMER] img[data-image]');
    return img && img.complete && img.naturalWidth === 1;
  });
  await customer.setInputFiles('#chat-image', { name: 'fake.png', mimeType: 'image/png', buffer: Buffer.from('not an image at all') });
  await customer.waitForSelector('#error:not([hidden])');
  check((await customer.textContent('#error')).includes('PNG'), `a file that is not an image is refused: ${await customer.textContent('#error')}`);

  // A brief network drop on the customer's side: the signalling reconnects, the call goes on.
  await customer.evaluate(() => window.callistoPhone.socket.close());
  await desk.fill('#chat-text', 'Are you still there?');
  await desk.press('#chat-text', 'Enter');
  await customer.waitForSelector('#chat-log li[data-from=AGENT]:has-text("still there")');
  const afterDrop = await flowing(customer, call);
  check(afterDrop.grew > 1000, `the audio goes on after the drop: ${JSON.stringify(afterDrop)}`);

  await desk.click('#hold');
  await customer.waitForSelector('#call[data-status=HOLD]');
  const onHold = await flowing(customer, call);
  check(onHold.grew > 1000, `the customer on hold hears music: ${JSON.stringify(onHold)}`);
  await desk.click('#resume');
  await customer.waitForSelector('#call[data-status=TALKING]');

  // The supervisor's monitoring page counts the call and lists agent2 on it; Listen joins the audio.
  await supervisor.goto(`${base}/callisto/monitor.xhtml`);
  await supervisor.waitForSelector('body[data-ready=true]');
  await supervisor.waitForFunction(() => Number(document.querySelector('.counter[data-counter=talking] .value').textContent) >= 1);
  const row = `#agent-list tr[data-agent=agent2]`;
  check((await supervisor.textContent(row)).includes(call), 'the agent list shows agent2 on the call');
  await supervisor.click(`${row} button[data-action=listen]`);
  await supervisor.waitForSelector(`body[data-listening="${call}"]`);
  await supervisor.waitForFunction(() => Number(document.querySelector('.counter[data-counter=listening] .value').textContent) >= 1);
  await supervisor.screenshot({ path: `${shots}/monitoring-call.png`, fullPage: true });
  const listening = await flowing(supervisor, call);
  check(listening.grew > 1000, `the supervisor hears the call: ${JSON.stringify(listening)}`);
  // Both phones report their link every 5 s; the list shows the worse leg's estimated MOS.
  await supervisor.waitForFunction(() => /^\d\.\d$/.test(document.querySelector('#agent-list tr[data-agent=agent2] td.mos').textContent),
    null, { timeout: 25000 });
  const mos = await supervisor.textContent('#agent-list tr[data-agent=agent2] td.mos');

  await desk.click('#hang-up');
  await customer.waitForSelector('#call[data-status=ENDED]');
  await customer.waitForSelector('body[data-media=ended]');
  // Afterwards the agent finds the call among their own and plays its recording; so does an
  // admin in the console's call records.
  const plays = async (page, player) => page.waitForFunction((id) => document.getElementById(id).currentTime > 0.5, player, { timeout: 10000 });
  await desk.fill('#mine-customer', who);
  for (let i = 0; i < 20 && !(await desk.$(`#mine li:has-text("${who}") button`)); i++) {
    await desk.click('#mine-form button[type=submit]'); // the record is written from the call's events
    await desk.waitForTimeout(500);
  }
  await desk.waitForFunction(() => document.getElementById('mine-total').textContent === '1');
  for (let i = 0; i < 20 && (await desk.getAttribute('#playback', 'src')) === null; i++) {
    await desk.click('#mine li button'); // the recording is listed once the media server closed it
    await desk.waitForTimeout(500);
  }
  await plays(desk, 'playback');
  const admin = await (await browser.newContext({ locale: 'en-US', httpCredentials: { username: 'admin', password: 'demo' } })).newPage();
  await admin.goto(`${base}/callisto/admin.xhtml`);
  await admin.click('.ui-tabs-nav a:text-is("Call records")');
  await admin.fill('[id="tabs:recordForm:customer"]', who);
  await admin.click('[id="tabs:recordForm:search"]');
  await admin.click(`[id="tabs:recordForm:records"] button.play[data-call="${call}"]`);
  await plays(admin, 'record-playback');

  console.log(`media call ${call}: agent heard ${toAgent.grew} B/2.5 s, customer ${toCustomer.grew}, supervisor ${listening.grew}, live MOS ${mos}`);
} catch (e) {
  console.error(`FAILED: ${e.message}`);
  await customer.screenshot({ path: `${shots}/failure-media-customer.png`, fullPage: true }).catch(() => {});
  await desk.screenshot({ path: `${shots}/failure-media-desk.png`, fullPage: true }).catch(() => {});
  process.exitCode = 1;
} finally {
  await browser.close();
  await staff('agent2', 'POST', `/agents/${agent}/after-call-work/finish`).catch(() => {});
  await staff('agent2', 'PUT', `/agents/${agent}/state`, { state: 'SIGNED_OUT' }).catch(() => {});
}
