// A customer starts a call on the web page (English), follows the visual IVR by its buttons, waits
// in the queue and sees their position, is answered by an agent, and hangs up; the agent sees the
// keys the customer pressed. Env: BASE_URL, SCREENSHOTS.
import { base, check, launch, shots, staff } from './support.mjs';

const agents = await staff('admin', 'GET', '/agents?q=agent2');
const agent = agents.items.find((a) => a.login === 'agent2').id;

const browser = await launch(['--autoplay-policy=no-user-gesture-required']);
const page = await browser.newPage({ locale: 'en-US', viewport: { width: 420, height: 760 } });
page.on('pageerror', (e) => console.log(`page error: ${e.message}`));
try {
  await page.goto(`${base}/callisto/visitor/index.html?tenant=acme&channel=WEB&flow=main`);
  await page.waitForSelector('body[data-ready=true]');
  await page.click('#show-call');
  await page.click('#start-call');
  await page.waitForSelector('#ivr-menu button[data-key="2"]');
  check((await page.textContent('#ivr-menu')).includes('Service'), 'the main menu offers Service as a button');
  await page.screenshot({ path: `${shots}/customer-visual-ivr.png`, fullPage: true });
  await page.click('#ivr-menu button[data-key="2"]');
  await page.waitForSelector('#ivr-menu button[data-key="1"]:text("Repairs")');
  await page.click('#ivr-menu button[data-key="1"]');
  await page.waitForSelector('#call[data-status=QUEUED]');
  await page.waitForFunction(() => document.querySelector('#call-status').textContent.includes('number 1'));
  const call = await page.getAttribute('#call', 'data-call');

  await staff('agent2', 'PUT', `/agents/${agent}/state`, { state: 'IDLE' });
  await page.waitForSelector('#call[data-status=RINGING]');
  await staff('agent2', 'POST', `/calls/${call}/answer`);
  await page.waitForSelector('#call[data-status=TALKING]');
  const screenPop = await staff('agent2', 'GET', `/calls/${call}`);
  check(JSON.stringify(screenPop.ivrKeys) === '["2","1"]', `the agent sees the keys: ${JSON.stringify(screenPop.ivrKeys)}`);

  await page.click('#hang-up');
  await page.waitForSelector('#call[data-status=ENDED]');
  const after = await staff('admin', 'GET', `/calls/${call}`);
  // Answered and hung up by the customer within seconds: the record calls that a quick hang-up.
  check(after.status === 'ENDED' && after.result === 'QUICK_HANGUP', `the customer's hang-up ended it: ${after.status} ${after.result}`);
  console.log(`customer went through the visual IVR on call ${call} and was answered`);
} catch (e) {
  console.error(`FAILED: ${e.message}`);
  await page.screenshot({ path: `${shots}/failure-ivr.png`, fullPage: true }).catch(() => {});
  process.exitCode = 1;
} finally {
  await browser.close();
  await staff('agent2', 'POST', `/agents/${agent}/after-call-work/finish`).catch(() => {});
  await staff('agent2', 'PUT', `/agents/${agent}/state`, { state: 'SIGNED_OUT' }).catch(() => {});
}
