// Browsers that vanish mid-call. A customer answered from the customer page closes the tab: the
// call ends within seconds as the customer's hang-up, with talk time up to the close, and the
// agent is free. An agent whose desk page dies mid-call: the customer goes back to the queue in
// their place (and their page says they are being connected to another agent), and the agent
// stops getting offers. Env: BASE_URL, SCREENSHOTS.
import { base, callSupport, check, launch, shots, sleep, staff, until } from './support.mjs';

const agents = await staff('admin', 'GET', '/agents?q=agent2');
const agent = agents.items.find((a) => a.login === 'agent2').id;

const browser = await launch();
try {
  // The customer closes the tab while talking.
  const customer = await browser.newPage({ locale: 'en-US', viewport: { width: 420, height: 760 } });
  const call = await callSupport(customer, { media: false });
  await staff('agent2', 'PUT', `/agents/${agent}/state`, { state: 'IDLE' });
  await customer.waitForSelector('#call[data-status=RINGING]');
  await staff('agent2', 'POST', `/calls/${call}/answer`);
  await customer.waitForSelector('#call[data-status=TALKING]');
  const answered = Date.now();
  await sleep(6000);
  await customer.close();
  const closed = Date.now();
  const ended = await until('the call of the closed tab', () => staff('admin', 'GET', `/calls/${call}`), (c) => c.status === 'ENDED');
  const endedAfter = (Date.now() - closed) / 1000;
  check(endedAfter < 20, `ended ${endedAfter} s after the tab closed`);
  const record = await until('the record', () => staff('admin', 'GET', `/call-records/${call}`).catch(() => null),
    (r) => r && r.trajectory.some((s) => s.step === 'ended'));
  check(record.hungUpBy === 'CUSTOMER', `the customer hung up, not the agent: ${record.hungUpBy}`);
  const talked = (closed - answered) / 1000;
  check(record.talkSeconds <= Math.ceil(talked) + 1, `talk time ${record.talkSeconds} s ends at the close (${talked} s), not at the grace`);
  check(record.talkSeconds >= Math.floor(talked) - 1, `talk time ${record.talkSeconds} s counts what was talked (${talked} s)`);
  const state = (await staff('admin', `GET`, `/agents/${agent}`)).state;
  check(state !== 'TALKING', `the agent is not left talking to no one: ${state}`);
  console.log(`call ${call} ended ${endedAfter.toFixed(1)} s after the customer closed the tab; talk ${record.talkSeconds} s of ${talked.toFixed(1)} s`);
  await staff('agent2', 'POST', `/agents/${agent}/after-call-work/finish`).catch(() => {});

  // The agent's desk dies mid-call.
  const desk = await (await browser.newContext({ httpCredentials: { username: 'agent2', password: 'demo' } })).newPage();
  await desk.goto(`${base}/callisto/desk.xhtml`);
  await desk.waitForSelector('body[data-phone=connected]');
  if ((await staff('admin', 'GET', `/agents/${agent}`)).state !== 'IDLE') {
    await staff('agent2', 'PUT', `/agents/${agent}/state`, { state: 'IDLE' });
  }
  const waiting = await (await browser.newContext({ locale: 'en-US', viewport: { width: 420, height: 760 } })).newPage();
  const second = Number(await callSupport(waiting, { media: false, until: 'RINGING' }));
  await staff('agent2', 'POST', `/calls/${second}/answer`);
  await waiting.waitForSelector('#call[data-status=TALKING]');
  const before = await staff('admin', 'GET', `/calls/${second}`);
  await desk.context().close();
  const back = await until('the call back in the queue', () => staff('admin', 'GET', `/calls/${second}`),
    (c) => c.status !== 'TALKING', 30);
  check(back.status === 'QUEUED' || back.status === 'RINGING', `back to the queue, not ended: ${back.status}`);
  check(back.contactId !== before.contactId, 'queued afresh as a new contact');
  const queuedAgain = await staff('admin', `GET`, `/contacts/${back.contactId}`);
  check(queuedAgain.enqueuedAt === (await staff('admin', 'GET', `/contacts/${before.contactId}`)).enqueuedAt,
    `in its old place: enqueued ${queuedAgain.enqueuedAt}`);
  await waiting.waitForSelector('#call-status[data-another=true]');
  const told = await waiting.textContent('#call-status');
  check(told.includes('another agent'), `the customer is told they are being handed on: ${told}`);
  const gone = (await staff('admin', 'GET', `/agents/${agent}`)).state;
  check(gone === 'BUSY', `the agent whose desk died gets no more offers: ${gone}`);
  await staff('admin', 'POST', `/calls/${second}/customer-hangup`).catch(() => {});
  console.log(`call ${second} went back to the queue when agent2's desk died; agent2 is ${gone}`);
} catch (e) {
  console.error(`FAILED: ${e.message}`);
  process.exitCode = 1;
} finally {
  await browser.close();
  await staff('agent2', 'POST', `/agents/${agent}/after-call-work/finish`).catch(() => {});
  await staff('agent2', 'PUT', `/agents/${agent}/state`, { state: 'SIGNED_OUT' }).catch(() => {});
}
