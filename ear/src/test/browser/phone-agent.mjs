// The agent's side of a call from the phone network, in real Chromium with a fake microphone:
// agent2 opens the desk, says Ready, gets the phone call the Java test has queued (its screen pop
// shows the caller's number and where it is), answers on the browser phone, hears the caller
// (WebRTC statistics), talks for a few seconds, and hangs up. Prints "phone call <id> ..." for the
// Java test, which checks the phone side. Env: BASE_URL, SCREENSHOTS, CALL.
import { base, check, launch, shots, staff } from './support.mjs';

const call = Number(process.env.CALL);
const agents = await staff('admin', 'GET', '/agents?q=agent2');
const agent = agents.items.find((a) => a.login === 'agent2').id;
const browser = await launch([
  '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream',
  '--autoplay-policy=no-user-gesture-required', '--disable-features=WebRtcHideLocalIpsWithMdns'
]);
const context = await browser.newContext({ locale: 'zh-CN', httpCredentials: { username: 'agent2', password: 'demo' } });
const desk = await context.newPage();
desk.on('pageerror', (e) => console.log(`desk page error: ${e.message}`));

async function received() {
  return (await desk.evaluate((id) => window.callistoPhone.stats(id), call)).received;
}

try {
  await desk.goto(`${base}/callisto/desk.xhtml`);
  await desk.waitForSelector('body[data-ready=true][data-phone=connected]');
  await staff('agent2', 'PUT', `/agents/${agent}/state`, { state: 'IDLE' });
  await desk.waitForSelector('#incoming:not([hidden])');
  const caller = await desk.textContent('#caller');
  check(caller.includes('+86'), `the screen pop shows the caller's number: ${caller}`);
  await desk.screenshot({ path: `${shots}/agent-desk-phone-call.png`, fullPage: true });
  await desk.click('#answer');
  await desk.waitForSelector('body[data-media=connected]');
  const before = await received();
  await desk.waitForTimeout(2500);
  const heard = (await received()) - before;
  check(heard > 1000, `the agent hears the caller on the phone: ${heard} bytes in 2.5 s`);
  await desk.waitForTimeout(5000); // the agent talks; the Java test listens on the phone side
  await desk.click('#hang-up');
  console.log(`phone call ${call}: agent heard ${heard} B/2.5 s, caller shown as ${caller.trim()}`);
} catch (e) {
  console.error(`FAILED: ${e.message}`);
  await desk.screenshot({ path: `${shots}/failure-phone-desk.png`, fullPage: true }).catch(() => {});
  process.exitCode = 1;
} finally {
  await browser.close();
  await staff('agent2', 'POST', `/agents/${agent}/after-call-work/finish`).catch(() => {});
  await staff('agent2', 'PUT', `/agents/${agent}/state`, { state: 'SIGNED_OUT' }).catch(() => {});
}
