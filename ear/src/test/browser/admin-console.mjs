// The admin console (PrimeFaces): an admin adds an agent; a login with a space is refused next to
// the login field while the display name typed stays; with a good login the agent is listed. Then
// each tab: the new agent joins a skill group with a level and leaves it, the group's routing
// refuses a ring time of 0 and saves 25, a break reason is added and retired, a customer card
// field is refused with a bad key and then added, business hours refuse "9-18" next to Monday and
// save a schedule, a prompt spoken from text waits for someone else's approval, and a call record
// is found and exported with a download. Supervisors may not open the console. Env: BASE_URL, SCREENSHOTS.
import { base, check, launch, shots, staff } from './support.mjs';

/** Picks an option (by value) in a select menu of the console. */
async function choose(page, id, value) {
  await page.selectOption(`[id="${id}"]`, String(value));
}

/** The Faces message next to an input of a form row. */
const refusalOf = (id) => `tr:has([id="${id}"]) .ui-message-error`;

async function tab(page, title) {
  await page.click(`.ui-tabs-nav a:text-is("${title}")`);
}

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

  const stamp = Date.now().toString(36);
  const group = await staff('admin', 'POST', '/skill-groups', { name: 'Setup ' + stamp, afterCallWorkSeconds: 0, purpose: 'INBOUND' });
  await page.goto(`${base}/callisto/admin.xhtml`);

  // Members and routing of one group.
  await tab(page, 'Members and routing');
  await choose(page, 'tabs:chooseForm:group', group.id);
  await page.waitForSelector('[id="tabs:routingForm:ringSeconds_input"]');
  const dora = (await staff('admin', 'GET', `/agents?q=${login}`)).items.find((a) => a.login === login);
  await choose(page, 'tabs:memberForm:agent', dora.id);
  await page.fill('[id="tabs:memberForm:level_input"]', '4');
  await page.click('[id="tabs:memberForm:putMember"]');
  await page.waitForSelector(`[id="tabs:memberForm:members"] tr:has(td:text-is("${login}")):has(td:text-is("4"))`);
  await page.fill('[id="tabs:routingForm:ringSeconds_input"]', '0');
  await page.click('[id="tabs:routingForm:saveRouting"]');
  await page.waitForSelector(refusalOf('tabs:routingForm:ringSeconds_input'));
  await page.fill('[id="tabs:routingForm:ringSeconds_input"]', '25');
  await page.click('[id="tabs:routingForm:saveRouting"]');
  await page.waitForSelector('.ui-messages-info:has-text("Routing saved")');
  const routing = await staff('admin', 'GET', `/skill-groups/${group.id}/routing`);
  check(routing.ringSeconds === 25, `the group's ring time is saved: ${JSON.stringify(routing)}`);
  await page.click(`[id="tabs:memberForm:members"] tr:has(td:text-is("${login}")) button`);
  await page.waitForSelector(`[id="tabs:memberForm:members"] td:text-is("${login}")`, { state: 'detached' });
  check((await staff('admin', 'GET', `/skill-groups/${group.id}/members`)).length === 0, 'the member is removed');

  // Break reasons: a code with a space is refused; a good one is added, then retired.
  await tab(page, 'Break reasons');
  await page.fill('[id="tabs:breakForm:code"]', 'tea break');
  await page.fill('[id="tabs:breakForm:label"]', 'Tea');
  await page.click('[id="tabs:breakForm:add"]');
  await page.waitForSelector(refusalOf('tabs:breakForm:code'));
  check(await page.inputValue('[id="tabs:breakForm:label"]') === 'Tea', 'the label typed stays');
  await page.fill('[id="tabs:breakForm:code"]', 'tea-' + stamp);
  await page.click('[id="tabs:breakForm:add"]');
  const reasonRow = `[id="tabs:breakTableForm:breakTable"] tr:has(td:text-is("tea-${stamp}"))`;
  await page.waitForSelector(reasonRow);
  await page.click(`${reasonRow} button`);
  await page.waitForSelector(`${reasonRow} td:text-is("—")`);
  const reasons = await staff('admin', 'GET', '/break-reasons');
  check(reasons.find((r) => r.code === 'tea-' + stamp).active === false, 'the break reason is retired');

  // The phone network: a host with a space is refused next to it; a trunk is added and shows its
  // calls now; a number that is no number is refused next to it, a real one is kept in E.164.
  await tab(page, 'Phone network');
  await page.fill('[id="tabs:trunkForm:name"]', 'carrier-' + stamp);
  await page.fill('[id="tabs:trunkForm:host"]', 'sip carrier');
  await page.click('[id="tabs:trunkForm:addTrunk"]');
  await page.waitForSelector(refusalOf('tabs:trunkForm:host'));
  await page.fill('[id="tabs:trunkForm:host"]', '127.0.0.1'); // nothing answers there: the trunk shows down
  await page.click('[id="tabs:trunkForm:addTrunk"]');
  const trunkRow = `[id="tabs:trunkTableForm:trunkTable"] tr:has(td:text-is("carrier-${stamp}"))`;
  await page.waitForSelector(trunkRow);
  check((await page.textContent(`${trunkRow} .trunk-calls`)).trim() === '0 / 30', 'the trunk shows its calls now');
  await page.fill('[id="tabs:numberForm:number"]', 'not a number');
  await page.selectOption('[id="tabs:numberForm:trunkId_input"]', { label: 'carrier-' + stamp }).catch(async () => {
    await page.click('[id="tabs:numberForm:trunkId"]');
    await page.click(`[id="tabs:numberForm:trunkId_items"] li:text-is("carrier-${stamp}")`);
  });
  await page.fill('[id="tabs:numberForm:flow"]', 'main');
  await page.click('[id="tabs:numberForm:addNumber"]');
  await page.waitForSelector(refusalOf('tabs:numberForm:number'));
  const digits = String(Date.now()).slice(-7);
  const did = '021 6' + digits;
  await page.fill('[id="tabs:numberForm:number"]', did);
  await page.click('[id="tabs:numberForm:addNumber"]');
  const e164 = '+86216' + digits;
  await page.waitForSelector(`[id="tabs:numberTableForm:numberTable"] td:text-is("${e164}")`);

  // Custom fields of the customer card: a bad key is refused next to it; a good one is added.
  await tab(page, 'Custom fields');
  await page.fill('[id="tabs:fieldForm:key"]', '1region');
  await page.fill('[id="tabs:fieldForm:label"]', 'Region');
  await page.click('[id="tabs:fieldForm:add"]');
  await page.waitForSelector(refusalOf('tabs:fieldForm:key'));
  await page.fill('[id="tabs:fieldForm:key"]', 'region' + stamp);
  await page.click('[id="tabs:fieldForm:add"]');
  await page.waitForSelector(`[id="tabs:fieldTables:cardFields"] td:text-is("region${stamp}")`);
  const cardFields = await staff('agent1', 'GET', '/customers/card-fields');
  check(cardFields.some((f) => f.key === 'region' + stamp && f.label === 'Region'), 'agents see the new card field');
  await page.click(`[id="tabs:fieldTables:cardFields"] tr:has(td:text-is("region${stamp}")) button`);
  await page.waitForSelector(`[id="tabs:fieldTables:cardFields"] td:text-is("region${stamp}")`, { state: 'detached' });

  // Business hours: "9-18" is refused next to Monday; the corrected schedule is saved.
  await tab(page, 'Business hours');
  await page.fill('[id="tabs:scheduleForm:name"]', 'hours-' + stamp);
  await page.fill('[id="tabs:scheduleForm:MON"]', '9-18');
  await page.fill('[id="tabs:scheduleForm:holidays"]', '2026-10-01\n2026-10-02');
  await page.click('[id="tabs:scheduleForm:save"]');
  await page.waitForSelector(refusalOf('tabs:scheduleForm:MON'));
  await page.fill('[id="tabs:scheduleForm:MON"]', '09:00-12:00, 13:00-18:00');
  await page.click('[id="tabs:scheduleForm:save"]');
  await page.waitForSelector(`[id="tabs:scheduleTableForm:schedules"] td:text-is("hours-${stamp}")`);
  const schedule = (await staff('admin', 'GET', '/schedules')).find((x) => x.name === 'hours-' + stamp);
  check(JSON.stringify(schedule.hours.weekly.MON) === '[["09:00","12:00"],["13:00","18:00"]]' && schedule.hours.holidays.length === 2,
    `the schedule is saved: ${JSON.stringify(schedule)}`);

  // Prompts: text spoken by the server becomes a pending prompt; its author may not approve it.
  await tab(page, 'Prompts');
  await page.fill('[id="tabs:promptForm:name"]', 'thanks-' + stamp);
  await choose(page, 'tabs:promptForm:language', 'en');
  await page.fill('[id="tabs:promptForm:text"]', 'Thank you for calling');
  await Promise.all([page.waitForNavigation(), page.click('[id="tabs:promptForm:add"]')]); // a full post, for files
  await tab(page, 'Prompts');
  await page.waitForSelector(`.status[data-prompt="thanks-${stamp}"]:text-is("PENDING")`);
  await page.click(`[id="tabs:reviewForm:prompts"] tr:has(.status[data-prompt="thanks-${stamp}"]) button.approve`);
  await page.waitForSelector('.ui-messages-error:has-text("other than the uploader")');
  const prompts = await staff('admin', 'GET', '/prompts');
  const spoken = prompts.uploaded.find((x) => x.name === 'thanks-' + stamp);
  check(spoken.status === 'PENDING' && spoken.durationMillis > 500, `the spoken prompt waits for approval: ${JSON.stringify(spoken)}`);

  // Call records: a call is found by its customer and exported; the export can be downloaded.
  const number = '+86 139 ' + stamp;
  const call = await staff('admin', 'POST', '/calls', { channel: 'WEB', customer: number, skillGroupId: group.id });
  await staff('admin', 'POST', `/calls/${call.id}/customer-hangup`);
  await tab(page, 'Call records');
  await page.fill('[id="tabs:recordForm:customer"]', number);
  for (let i = 0; i < 20 && !(await page.isVisible(`[id="tabs:recordForm:records"] td:text-is("${call.id}")`)); i++) {
    await page.click('[id="tabs:recordForm:search"]'); // the record is written from the call's events
    await page.waitForTimeout(500);
  }
  check(await page.isVisible(`[id="tabs:recordForm:records"] td:text-is("${call.id}")`), 'the call record is found');
  await page.click('[id="tabs:recordForm:exportCsv"]');
  const started = await (await page.waitForSelector('.ui-messages-info:has-text("Export")')).textContent();
  const job = started.match(/Export (\d+) started/)[1];
  const row = `[id="tabs:exportForm:exports"] tr:has(.export-status[data-export="${job}"])`;
  await page.waitForSelector(`${row} .export-status:text-is("DONE")`, { timeout: 20000 }); // the list follows the job
  const link = await page.$(`${row} a.download`);
  const file = await page.request.get(new URL(await link.getAttribute('href'), page.url()).href);
  check(file.status() === 200 && (await file.text()).includes(number), `the export downloads: ${file.status()}`);
  await page.screenshot({ path: `${shots}/admin-call-records.png`, fullPage: true });

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
