// How many recorded two-party audio calls one core of Janus holds: calls are added in steps (each
// a room with a customer and an agent phone in Chromium, fake microphones), and for each step
// Janus's CPU time and the phones' packet loss are measured over 10 s. Every step runs twice in
// the same process: rooms without recording (the baseline) and rooms recording the mix to WAV.
// Env: JANUS_PID, RECORDINGS; argument: the most calls to try (default 16).
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { chromium } from 'playwright-core';

const maxCalls = Number(process.argv[2] || 16);
const janusPid = process.env.JANUS_PID;
const hz = Number(execSync('getconf CLK_TCK').toString().trim());
const page = readFileSync(new URL('./page.html', import.meta.url));
const server = createServer((req, res) => res.end(page)).listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));

/** Janus's CPU time so far, in seconds (user + system, all threads). */
function janusCpu() {
  const fields = readFileSync(`/proc/${janusPid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / hz;
}

const browser = await chromium.launch({
  executablePath: execSync('command -v chromium').toString().trim(),
  args: ['--no-sandbox', '--disable-gpu', '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream',
    '--disable-features=WebRtcHideLocalIpsWithMdns', '--disable-background-networking', '--no-first-run']
});
const tab = await browser.newPage();
await tab.goto(`http://127.0.0.1:${server.address().port}/`);
await tab.evaluate(() => connect('ws://127.0.0.1:8188'));

const rows = [];
let room = 1000;
for (let calls = 1; calls <= maxCalls; calls *= 2) {
  for (const record of [false, true]) {
    for (let i = 0; i < calls; i++) {
      await tab.evaluate(([r, rec, dir]) => call(r, rec, dir), [room++, record, process.env.RECORDINGS]);
    }
    await tab.waitForTimeout(3000); // connections settle
    const cpu0 = janusCpu();
    const t0 = await tab.evaluate(() => totals());
    const start = Date.now();
    await tab.waitForTimeout(10000);
    const seconds = (Date.now() - start) / 1000;
    const cpu = (janusCpu() - cpu0) / seconds * 100;
    const t1 = await tab.evaluate(() => totals());
    const received = t1.received - t0.received;
    const lost = t1.lost - t0.lost;
    rows.push({ calls, record, cpu, lossPct: (100 * lost) / Math.max(1, received + lost), packetsPerSecond: received / seconds });
    await tab.evaluate(() => hangUpAll());
  }
}
await browser.close();
server.close();

console.log('| calls | recorded | Janus CPU (% of one core) | per call | calls per core (est.) | packets/s received | loss | recorded / plain CPU |');
console.log('| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  const plain = rows.find((p) => p.calls === r.calls && !p.record);
  const perCall = r.cpu / r.calls;
  console.log(`| ${r.calls} | ${r.record ? 'yes' : 'no'} | ${r.cpu.toFixed(1)} | ${perCall.toFixed(2)} | ${Math.floor(100 / perCall)} | ${r.packetsPerSecond.toFixed(0)} | ${r.lossPct.toFixed(2)} % | ${r.record ? (r.cpu / plain.cpu).toFixed(2) + '×' : ''} |`);
}
