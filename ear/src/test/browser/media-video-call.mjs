// A video call: a customer on the H5 page starts a video call (Chromium's fake camera and
// microphone), agent2 answers on the agent desk, and each side decodes the other's video frames
// while the audio flows; the agent sends the customer to the survey, who rates the call 5.
// Prints "video call <id>" for the Java test, which checks the per-camera video recordings.
// Env: BASE_URL, SCREENSHOTS.
import { base, callSupport, check, launchWithMedia, shots, staff } from './support.mjs';

const agents = await staff('admin', 'GET', '/agents?q=agent2');
const agent = agents.items.find((a) => a.login === 'agent2').id;

const browser = await launchWithMedia();
const customer = await (await browser.newContext({ locale: 'zh-CN', viewport: { width: 420, height: 900 } })).newPage();
const desk = await (await browser.newContext({ locale: 'en-US', httpCredentials: { username: 'agent2', password: 'demo' } })).newPage();
for (const [who, page] of [['customer', customer], ['desk', desk]]) {
  page.on('pageerror', (e) => console.log(`${who} page error: ${e.message}`));
}

async function frames(page, call, ms = 3000) {
  const stats = () => page.evaluate((id) => window.callistoPhone.stats(id), Number(call));
  const before = await stats();
  await page.waitForTimeout(ms);
  const after = await stats();
  return { decoded: after.framesReceived - before.framesReceived, sent: after.framesSent, audio: after.received - before.received };
}

let call = null;
try {
  await desk.goto(`${base}/callisto/desk.xhtml`);
  await desk.waitForSelector('body[data-ready=true][data-phone=connected]');
  call = await callSupport(customer, { video: true });

  await desk.click('#go-idle');
  await desk.waitForSelector('#incoming:not([hidden])');
  await desk.click('#answer');
  await desk.waitForSelector('body[data-media=connected]');
  await customer.waitForSelector('#call[data-status=TALKING]');

  // Each side subscribes to the other's camera as soon as it is shown; wait for the first frames.
  for (const page of [desk, customer]) {
    await page.waitForFunction(async (id) => (await window.callistoPhone.stats(id)).framesReceived > 0, Number(call), { timeout: 15000 });
  }
  const atAgent = await frames(desk, call);
  const atCustomer = await frames(customer, call);
  check(atAgent.decoded > 10 && atAgent.audio > 1000, `the agent sees and hears the customer: ${JSON.stringify(atAgent)}`);
  check(atCustomer.decoded > 10 && atCustomer.audio > 1000, `the customer sees and hears the agent: ${JSON.stringify(atCustomer)}`);
  await customer.screenshot({ path: `${shots}/customer-video-call.png`, fullPage: true });

  // The agent sends the customer to the satisfaction survey; the customer rates the call 5.
  await desk.click('#survey');
  await customer.waitForSelector('#rating:not([hidden])');
  await customer.click('#rating button[data-score="5"]');
  await customer.waitForSelector('#call[data-status=ENDED]');
  const rated = await staff('admin', 'GET', `/calls/${call}`);
  check(rated.satisfaction === 5, `the call record has the customer's 5: ${rated.satisfaction}`);
  console.log(`video call ${call}: agent decoded ${atAgent.decoded} frames/3 s, customer ${atCustomer.decoded}`);
} catch (e) {
  console.error(`FAILED: ${e.message}`);
  await customer.screenshot({ path: `${shots}/failure-video-customer.png`, fullPage: true }).catch(() => {});
  await desk.screenshot({ path: `${shots}/failure-video-desk.png`, fullPage: true }).catch(() => {});
  process.exitCode = 1;
} finally {
  await browser.close();
  await staff('agent2', 'POST', `/agents/${agent}/after-call-work/finish`).catch(() => {});
  await staff('agent2', 'PUT', `/agents/${agent}/state`, { state: 'SIGNED_OUT' }).catch(() => {});
}
