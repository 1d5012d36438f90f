// An admin edits an IVR flow in the designer: the graph shows as a tree from its start, a bad
// setting is refused by the server and shown next to the field with what was typed kept, the fixed
// flow is saved as a new version, and a dry run lights up the path of a caller pressing 2 then 1.
// Works on a copy of the demo flow, so the live "main" is untouched. Env: BASE_URL, SCREENSHOTS.
import { base, check, launch, shots, staff } from './support.mjs';

const name = 'designer-' + Date.now().toString(36);
const main = await staff('admin', 'GET', '/ivr-flows/main');
const graph = await staff('admin', 'GET', `/ivr-flows/main/versions/${main.published}`);
await staff('admin', 'POST', `/ivr-flows/${name}/versions?comment=copy`, graph);

const browser = await launch();
let page = null;
try {
  page = await (await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 },
    httpCredentials: { username: 'admin', password: 'demo' } })).newPage();
  page.on('pageerror', (e) => console.log(`page error: ${e.message}`));
  await page.goto(`${base}/callisto/ivr-designer.xhtml?flow=${name}`);
  await page.waitForSelector('body[data-ready=true]');
  check(await page.isVisible('.node[data-node=hours][data-type=time]'), 'the tree starts at the time condition');
  check((await page.textContent('#tree')).includes('2 Service →'), 'menu keys label the edges');

  await page.click('.node[data-node=main]');
  await page.fill('#node-form input[data-key=timeoutSeconds]', 'soon');
  await page.dispatchEvent('#node-form input[data-key=timeoutSeconds]', 'change');
  await page.click('#save');
  await page.waitForSelector('#error:not([hidden])');
  const error = await page.textContent('#node-form label:has(input[data-key=timeoutSeconds]) .field-error');
  check(error.length > 0, 'the refusal is shown next to timeoutSeconds');
  check(await page.inputValue('#node-form input[data-key=timeoutSeconds]') === 'soon', 'what was typed stays');
  check(await page.isVisible('.node[data-node=main].invalid'), 'the node at fault is marked in the tree');

  await page.fill('#node-form input[data-key=timeoutSeconds]', '6');
  await page.dispatchEvent('#node-form input[data-key=timeoutSeconds]', 'change');
  await page.fill('#comment', 'shorter menu timeout');
  await page.click('#save');
  await page.waitForSelector('body[data-saved="2"]');

  await page.fill('#dry-inputs', '2,1');
  await page.click('#dry-run');
  await page.waitForSelector('body[data-dry-run=done]');
  check(await page.isVisible('.node[data-node=support].visited'), 'the dry run lights up the path to the repairs queue');
  await page.screenshot({ path: `${shots}/ivr-designer.png`, fullPage: true });

  const saved = await staff('admin', 'GET', `/ivr-flows/${name}/versions/2`);
  check(saved.nodes.find((n) => n.id === 'main').timeoutSeconds === 6, 'version 2 holds the edit');
  const agent = await (await browser.newContext({ httpCredentials: { username: 'agent1', password: 'demo' } })).newPage();
  check((await agent.goto(`${base}/callisto/ivr-designer.xhtml`)).status() === 403, 'agents may not open the designer');
  console.log(`designed flow ${name}: error "${error}", saved v2, dry run lit the path`);
} catch (e) {
  console.error(`FAILED: ${e.message}`);
  if (page) {
    console.error(`page said: ${await page.textContent('#error').catch(() => '')}`);
    await page.screenshot({ path: `${shots}/failure-ivr-designer.png`, fullPage: true }).catch(() => {});
  }
  process.exitCode = 1;
} finally {
  await browser.close();
}
