// A customer on the H5 page (a phone-sized Chromium, Chinese locale) leaves a message, staff answer
// it through the API with an internal note and a reply for the customer, and the customer reads the
// reply (never the note) on the page and answers. Exits non-zero with the reason when anything a
// user would notice is wrong. Env: BASE_URL (http://localhost:8380), SCREENSHOTS (a folder).
import { base, check, launch, shots, staff } from './support.mjs';

const browser = await launch();
const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 }, isMobile: true });
const page = await context.newPage();
page.on('console', (m) => console.log(`page console: ${m.text()}`));
page.on('pageerror', (e) => console.log(`page error: ${e.message}`));
try {
  const subject = `手机无法充电 ${Date.now()}`;

  await page.goto(`${base}/callisto/visitor/index.html?tenant=acme&channel=H5`);
  await page.waitForSelector('body[data-ready=true]');
  check((await page.textContent('#show-new')) === '我要留言', 'the page speaks the browser language (zh)');

  await page.click('#show-new');
  await page.waitForSelector('#template option', { state: 'attached' });
  await page.selectOption('#template', { label: 'After-sales service' });
  await page.fill('#subject', subject);
  await page.fill('#message', '充电器插上没有反应');
  await page.click('#message-form button[type=submit]');
  check(
    await page.$eval('[name=orderNumber]', (input) => input.validity.valueMissing),
    'the required order number of the chosen topic is asked for before sending'
  );
  check(!(await page.isVisible('#ticket')), 'nothing is sent without it');

  await page.fill('[name=orderNumber]', 'SO-2026');
  await page.selectOption('[name=product]', 'Phone');
  await page.click('#message-form button[type=submit]');
  await page.waitForSelector('#ticket:not([hidden])');
  const ticket = await page.getAttribute('#ticket', 'data-ticket');
  check((await page.textContent('#ticket-status')) === '已受理', 'a new message shows as received');

  await staff('supervisor', 'POST', `/tickets/${ticket}/replies`, { body: '内部备注：老客户', visibleToCustomer: false });
  await staff('supervisor', 'POST', `/tickets/${ticket}/replies`, { body: '请按住电源键十秒后重试', visibleToCustomer: true });
  await staff('supervisor', 'PUT', `/tickets/${ticket}/status`, { status: 'RESOLVED' });

  await page.reload();
  await page.waitForSelector('body[data-ready=true]');
  await page.click(`#tickets li[data-ticket="${ticket}"]`);
  await page.waitForSelector('#replies li');
  const replies = await page.textContent('#replies');
  check(replies.includes('请按住电源键十秒后重试'), `the customer reads the reply: ${replies}`);
  check(!replies.includes('内部备注'), 'the internal note is not shown to the customer');
  check((await page.textContent('#ticket-status')) === '已解决', 'the ticket shows as resolved');
  await page.screenshot({ path: `${shots}/customer-ticket-h5.png`, fullPage: true });

  await page.fill('#reply', '还是不行');
  await page.click('#reply-form button[type=submit]');
  await page.waitForFunction(() => document.querySelectorAll('#replies li').length === 2);
  const seenByStaff = await staff('supervisor', 'GET', `/tickets/${ticket}`);
  check(seenByStaff.status === 'OPEN', `a customer's answer reopens the ticket, got ${seenByStaff.status}`);
  check(seenByStaff.replies.some((r) => r.authorKind === 'CUSTOMER' && r.body === '还是不行'), 'staff see the answer');
  console.log(`customer read the reply on ticket ${ticket} and answered`);
} catch (e) {
  console.error(`FAILED: ${e.message}`);
  await page.screenshot({ path: `${shots}/failure.png`, fullPage: true }).catch(() => {});
  process.exitCode = 1;
} finally {
  await browser.close();
}
