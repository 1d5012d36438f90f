// A supervisor's monitoring page (Chinese browser) shows the agents by state and follows an agent's
// state changes live, without reloading; the supervisor's card shows the metrics an admin chose,
// red over their limits; today's trends are there; the language switch overrides the browser;
// an agent may not open it. Prints how long each change took to show (measured, not asserted).
// Env: BASE_URL, SCREENSHOTS.
import { base, check, launch, shots, staff } from './support.mjs';

const agents = await staff('admin', 'GET', '/agents?q=agent3');
const agent = agents.items.find((a) => a.login === 'agent3').id;

// Admins choose the supervisor card's metrics and limits; five metrics for one card are refused.
await staff('admin', 'PUT', '/live/thresholds', { supervisor: { 'state.IDLE': 0, queued: 3 } });
const tooMany = await fetch(`${base}/callisto/api/v1/live/thresholds`, {
  method: 'PUT',
  headers: { Authorization: 'Basic ' + Buffer.from('admin:demo').toString('base64'), 'Content-Type': 'application/json' },
  body: JSON.stringify({ supervisor: { queued: 1, ringing: 1, talking: 1, onHold: 1, consulting: 1 } })
});
const problem = await tooMany.json();
check(tooMany.status === 400 && problem.errors[0].field === 'supervisor', `five metrics for one card are refused: ${JSON.stringify(problem)}`);

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
  await page.waitForSelector('.card[data-role=supervisor] .counter[data-counter="state.IDLE"].over');
  check(await page.isVisible('.counters#counters .counter[data-state=IDLE].over'), 'idle agents over the limit of 0 turn red');
  check(/^\d+$/.test(await page.textContent('#answered')), "today's trends show the answered calls");
  await page.screenshot({ path: `${shots}/monitoring.png`, fullPage: true });

  t0 = Date.now();
  await staff('agent3', 'PUT', `/agents/${agent}/state`, { state: 'SIGNED_OUT' });
  await page.waitForFunction((n) => Number(document.querySelector('.counter[data-state=IDLE] .value').textContent) === n,
    before, { timeout: 5000 });
  console.log(`counter followed agent3 without reload: ${shown} ms to idle, ${Date.now() - t0} ms to signed out`);

  // The switch overrides the browser's language, for the rest of the session.
  // The switch reloads the page, so the heading may be missing for a moment.
  await page.click('#language');
  await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Live monitoring');
  await page.goto(`${base}/callisto/monitor.xhtml`);
  check((await page.textContent('h1')) === 'Live monitoring', 'the chosen language stays for the session');

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
  await staff('admin', 'PUT', '/live/thresholds', {}).catch(() => {});
}
