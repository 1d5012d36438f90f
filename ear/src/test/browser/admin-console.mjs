// The admin console (PrimeFaces): an admin adds an agent; a login with a space is refused next to
// the login field while the display name typed stays; with a good login the agent is listed.
// Supervisors may not open the console. Env: BASE_URL, SCREENSHOTS.
import { base, check, launch, shots } from './support.mjs';

const login = 'dora' + Date.now().toString(36);
const browser = await launch();
let page = null;
try {
  page = await (await browser.newContext({ locale: 'en-US', viewport: { width: 1100, height: 800 },
    httpCredentials: { username: 'admin', password: 'demo' } })).newPage();
  page.on('pageerror', (e) => console.log(`page error: ${e.message}`));
  await page.goto(`${base}/callisto/admin.xhtml`);
  const field = (name) => `[id="tabs:agentForm:${name}"]`;
  await page.fill(field('login'), 'dora new');
  await page.fill(field('displayName'), 'Dora Newton');
  await page.click('[id="tabs:agentForm:add"]');
  const refusal = 'tr:has([id="tabs:agentForm:login"]) .ui-message-error';
  await page.waitForSelector(refusal);
  check((await page.textContent(refusal)).includes('letters, digits'), `the login's rule is shown next to it: ${await page.textContent(refusal)}`);
  check(await page.inputValue(field('displayName')) === 'Dora Newton', 'the display name typed stays');
  check(await page.inputValue(field('login')) === 'dora new', 'the refused login stays, to be corrected');
  await page.screenshot({ path: `${shots}/admin-console.png`, fullPage: true });

  await page.fill(field('login'), login);
  await page.click('[id="tabs:agentForm:add"]');
  await page.waitForSelector(`[id="tabs:agentTable"] td:text-is("${login}")`);
  check(await page.inputValue(field('login')) === '', 'the form is empty again after adding');

  const supervisor = await (await browser.newContext({ httpCredentials: { username: 'supervisor', password: 'demo' } })).newPage();
  check((await supervisor.goto(`${base}/callisto/admin.xhtml`)).status() === 403, 'supervisors may not open the admin console');
  console.log(`admin console added ${login} after refusing a bad login`);
} catch (e) {
  console.error(`FAILED: ${e.message}`);
  if (page) await page.screenshot({ path: `${shots}/failure-admin-console.png`, fullPage: true }).catch(() => {});
  process.exitCode = 1;
} finally {
  await browser.close();
}
