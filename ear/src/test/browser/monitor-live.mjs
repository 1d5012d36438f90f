// A supervisor's monitoring page (Chinese browser) shows the agents by state and follows an agent's
// state changes live, without reloading; an agent may not open it. Prints how long each change
// took to show (measured, not asserted). Env: BASE_URL, SCREENSHOTS.
import { base, check, launch, shots, staff } from './support.mjs';

const agents = await staff('admin', 'GET', '/agents?q=agent3');
const agent = agents.items.find((a) => a.login === 'agent3').id;

const browser = await launch();
try {
  const supervisor = await browser.newContext({ locale: 'zh-CN', httpCredentials: { username: 'supervisor', password: 'demo' } });
  const page = await supervisor.newPage();
  await page.goto(`${base}/callisto/monitor.xhtml`);
  await page.waitForSelector('body[data-live=open]');
  check((await page.textContent('h1')) === '实时监控', 'the page speaks Chinese to a Chinese browser');
  const idle = async () => Number(await page.textContent('.counter[data-state=IDLE] .value'));
  const before = await idle();

  let t0 = Date.now();
  await staff('agent3', 'PUT', `/agents/${agent}/state`, { state: 'IDLE' });
  await page.waitForFunction((n) => Number(document.querySelector('.counter[data-state=IDLE] .value').textContent) === n,
    before + 1, { timeout: 5000 });
  const shown = Date.now() - t0;
  await page.screenshot({ path: `${shots}/monitoring.png`, fullPage: true });

  t0 = Date.now();
  await staff('agent3', 'PUT', `/agents/${agent}/state`, { state: 'SIGNED_OUT' });
  await page.waitForFunction((n) => Number(document.querySelector('.counter[data-state=IDLE] .value').textContent) === n,
    before, { timeout: 5000 });
  console.log(`counter followed agent3 without reload: ${shown} ms to idle, ${Date.now() - t0} ms to signed out`);

  const agentPage = await (await browser.newContext({ httpCredentials: { username: 'agent1', password: 'demo' } })).newPage();
  const refused = await agentPage.goto(`${base}/callisto/monitor.xhtml`);
  check(refused.status() === 403, `an agent may not open monitoring: ${refused.status()}`);
  console.log('monitoring is live and for supervisors only');
} catch (e) {
  console.error(`FAILED: ${e.message}`);
  process.exitCode = 1;
} finally {
  await browser.close();
  await staff('agent3', 'PUT', `/agents/${agent}/state`, { state: 'SIGNED_OUT' }).catch(() => {});
}
