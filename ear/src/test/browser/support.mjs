// What the browser scripts share: Debian's Chromium, staff API calls with the demo password,
// and a check that fails the script with the reason a user would notice.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { execSync } from 'node:child_process';

export const base = process.env.BASE_URL;
export const shots = process.env.SCREENSHOTS || 'screenshots';
mkdirSync(shots, { recursive: true });

export function check(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

/** A staff member's API call (BASIC, file realm); fails the script unless it succeeds. */
export async function staff(user, method, path, body) {
  const response = await fetch(`${base}/callisto/api/v1${path}`, {
    method,
    headers: {
      Authorization: 'Basic ' + Buffer.from(`${user}:demo`).toString('base64'),
      'Content-Type': 'application/json'
    },
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  const text = await response.text();
  check(response.ok, `${method} ${path} answered ${response.status}: ${text}`);
  return text ? JSON.parse(text) : null;
}

/** Headless Chromium from Debian, with the flags this machine needs (no sandbox as root, no network chatter). */
export function launch(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || execSync('command -v chromium').toString().trim(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', ...extraArgs]
  });
}

/** Chromium with fake camera and microphone, autoplay, and host candidates Janus can read (no mDNS names). */
export function launchWithMedia() {
  return launch([
    '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream',
    '--autoplay-policy=no-user-gesture-required', '--disable-features=WebRtcHideLocalIpsWithMdns'
  ]);
}

/** Audio bytes a page has received, and again after `ms`: media is flowing if the second is larger. */
export async function flowing(page, call, ms = 2500) {
  const stats = () => page.evaluate((id) => window.callistoPhone.stats(id), Number(call));
  const before = await stats();
  await page.waitForTimeout(ms);
  const after = await stats();
  return { before: before.received, after: after.received, sent: after.sent, grew: after.received - before.received };
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Reads until `ok` holds, every 250 ms for up to `seconds`; fails with what was read last. */
export async function until(what, read, ok, seconds = 30) {
  const deadline = Date.now() + seconds * 1000;
  let last;
  while (Date.now() < deadline) {
    last = await read();
    if (ok(last)) return last;
    await sleep(250);
  }
  throw new Error(`${what}: still ${JSON.stringify(last)}`);
}

/**
 * A customer calls from the customer page and takes the demo IVR's keys 2, 1 (Support); the
 * call's id once it is `until`. `media`: wait for the page's media to connect (fake devices).
 */
export async function callSupport(page, { channel = 'H5', video = false, media = true, until = 'QUEUED' } = {}) {
  await page.goto(`${base}/callisto/visitor/index.html?tenant=acme&channel=${channel}&flow=main`);
  // A server just deployed answers its first requests slowly on this 2-core machine.
  await page.waitForSelector('body[data-ready=true]', { timeout: 60000 });
  await page.click('#show-call');
  await page.click(video ? '#start-video-call' : '#start-call');
  if (media) await page.waitForSelector('body[data-media=connected]', { timeout: 30000 });
  await page.click('#ivr-menu button[data-key="2"]');
  await page.click('#ivr-menu button[data-key="1"]');
  await page.waitForSelector(`#call[data-status=${until}]`);
  return page.getAttribute('#call', 'data-call');
}
