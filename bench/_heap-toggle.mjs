// bench/heap.ts section "inproc": one server process whose leak finder alternates between no
// finder, the finder with heap sites off, and the finder with heap sites on, in windows of
// HEAP_WINDOW_S seconds (default 20; the first 2 s of each are not measured), in an order that
// rotates every cycle, HEAP_CYCLES cycles (default 6) after one uncounted window. Same process,
// same JIT state: a window's figures differ from its cycle's others by what the finder costs,
// not by which process got the better start. Prints one line per window and a RESULT line (JSON)
// with the median of the per-cycle ratios. The parent (bench/heap.ts) sends 'go' once its load
// runs; the child prints 'port N' when listening and exits when done.
import http from 'node:http';
import { typicalHandler } from './_handler.mjs';

const { startLeakFinder, stopLeakFinder } = await import(process.env.HEAP_DETECT_URL);
const W = Number(process.env.HEAP_WINDOW_S ?? 20) * 1000;
const SKIP = 2000;
const CYCLES = Number(process.env.HEAP_CYCLES ?? 6);

// bench/_handler.mjs's typical handler, counting requests
let requests = 0;
const server = http.createServer(
  typicalHandler(() => {
    requests++;
    return null;
  }),
);
server.listen(0, '127.0.0.1', () => process.stdout.write(`port ${server.address().port}\n`));
await new Promise((r) => process.once('message', r));

const MODES = ['none', 'off', 'on'];
const plan = [];
for (let c = 0; c < CYCLES; c++) for (let k = 0; k < 3; k++) plan.push(MODES[(c + k) % 3]);
const windows = [];
for (const [i, mode] of ['off', ...plan].entries()) {
  stopLeakFinder();
  if (mode !== 'none') startLeakFinder({ heap: mode === 'on' });
  await new Promise((r) => setTimeout(r, SKIP));
  const c0 = process.cpuUsage();
  const r0 = requests;
  const t0 = performance.now();
  await new Promise((r) => setTimeout(r, W - SKIP));
  const cpu = process.cpuUsage(c0);
  const n = requests - r0;
  const s = (performance.now() - t0) / 1000;
  const w = { mode, rps: n / s, cpuPerRequest: (cpu.user + cpu.system) / Math.max(1, n) };
  if (i > 0) windows.push(w);
  process.stdout.write(
    `window ${i === 0 ? '(warm-up) ' : ''}${mode}: ${w.rps.toFixed(0)} req/s, ${w.cpuPerRequest.toFixed(2)} µs CPU/req\n`,
  );
}
stopLeakFinder();

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ratios = (a, b) => {
  const out = [];
  for (let c = 0; c < CYCLES; c++) {
    const cyc = windows.slice(c * 3, c * 3 + 3);
    const x = cyc.find((w) => w.mode === a);
    const y = cyc.find((w) => w.mode === b);
    out.push(x.rps / y.rps);
  }
  return { median: median(out), min: Math.min(...out), max: Math.max(...out) };
};
process.stdout.write(
  `RESULT ${JSON.stringify({ onVsOff: ratios('on', 'off'), onVsNone: ratios('on', 'none'), offVsNone: ratios('off', 'none') })}\n`,
);
server.closeAllConnections();
server.close();
process.exit(0);
