// Code-flow sign-in through Keycloak's login page in headless Chromium, then brute-force
// protection: after five wrong passwords even the right one is refused for a while.
// Env: BASE_URL (the SSO server variant), SCREENSHOTS.
import { base, check, launch, shots } from './support.mjs';

async function signIn(page, user, password) {
  await page.waitForSelector('#username');
  await page.fill('#username', user);
  await page.fill('#password', password);
  await Promise.all([page.waitForLoadState('load'), page.click('#kc-login')]);
}

const browser = await launch();
let page;
try {
  page = await browser.newPage({ locale: 'en-US' });
  await page.goto(`${base}/callisto/`);
  check(page.url().includes('/realms/callisto/'), `the page sends the user to Keycloak: ${page.url()}`);
  await page.screenshot({ path: `${shots}/sso-login.png` });
  await signIn(page, 'agent2', 'demo');
  await page.waitForSelector('#user');
  const who = await page.textContent('#user');
  check(who.includes('agent2'), `back on Callisto as agent2: ${who}`);

  const intruder = await (await browser.newContext({ locale: 'en-US' })).newPage();
  await intruder.goto(`${base}/callisto/`);
  for (let i = 0; i < 5; i++) {
    await signIn(intruder, 'agent3', 'wrong-' + i);
  }
  await signIn(intruder, 'agent3', 'demo');
  check(intruder.url().includes('/realms/callisto/'), `a locked account stays on the login page: ${intruder.url()}`);
  check(!(await intruder.isVisible('#user')), 'the right password does not get in while locked');
  console.log('agent2 signed in through Keycloak; agent3 was locked after five failures');
} catch (e) {
  console.error(`FAILED: ${e.message}`);
  if (page) await page.screenshot({ path: `${shots}/failure-sso.png` }).catch(() => {});
  process.exitCode = 1;
} finally {
  await browser.close();
}
