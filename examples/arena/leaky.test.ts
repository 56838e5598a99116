/**
 * --leaky: the chat service's room channel subscribes on the long-lived service scope and
 * never lets go. With short monitor intervals and trend buckets (flags), the leak is reported
 * within seconds: the ConnectionManager names the site (services/chat), the monitor's trend
 * raises `leak.trend`, and the monitoring endpoints show both. The same churn without --leaky
 * is run alongside and must raise no leak suspect. On shutdown the leaky one reports what the
 * player services still held once every player had gone; the healthy one, nothing.
 */
import { afterAll, expect, it } from 'vitest';
import { cleanup, startArenaProcess } from './support/harness.js';

afterAll(cleanup);

const churn = [
  '--bots',
  '16',
  '--bot-think-ms',
  '60',
  '--bot-stay-ms',
  '3000',
  '--tick-ms',
  '100',
  '--monitor-interval-ms',
  '250',
  '--monitor-min-interval-ms',
  '100',
  '--trend-bucket-ms',
  '500',
  '--trend-span-ms',
  '3000',
  '--trend-min-growth',
  String(4 * 1024 * 1024),
  '--site-threshold',
  '300',
];

/**
 * A young generation of 1 MiB semi-spaces (V8 grows them to 16 MiB under this churn). heapUsed
 * counts the young generation, so each trend bucket's floor carried up to tens of MiB of
 * not-yet-collected garbage, while the leak adds ~8 MiB over the trend's 6 s window: the
 * verdict flickered (confidence 0.0-0.7, "leak" at about 1 sample in 10 once the semi-spaces
 * had grown), and the alert was raised and cleared while the test read it. With small
 * semi-spaces the floor is what survived, and the verdict holds (confidence ~0.9 throughout).
 * Production settings (1 min buckets over 5 min) see through the young generation by length.
 */
const node = { nodeArgs: ['--max-semi-space-size=1'] };

/** Reads `url` every 100 ms until its body matches `re`; the last body after `timeoutMs`. */
async function readUntil(url: string, re: RegExp, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const body = await (await fetch(url)).text();
    if (re.test(body) || Date.now() >= deadline) return body;
    await new Promise((r) => setTimeout(r, 100));
  }
}

it('reports the leaking chat subscriptions: leak-suspect site and trend alert', async () => {
  const [leaky, healthy] = await Promise.all([
    startArenaProcess([...churn, '--leaky'], node),
    startArenaProcess(churn, node),
  ]);
  const suspect = await leaky.waitForLine(
    /leak suspect: (\S*services\/chat\.js:\d+:\d+) \(service chat, \w+\) (\d+) live/,
    25_000,
  );
  expect(Number(suspect[2])).toBeGreaterThanOrEqual(300);
  await leaky.waitForLine(/alert (warning|critical) leak\.trend: /, 25_000);

  // What the dashboard shows comes from these endpoints.
  const leaks = (await (await fetch(`${leaky.url}monitoring/leaks`)).json()) as unknown;
  expect(JSON.stringify(leaks)).toMatch(/services\/chat\.js:\d+/);
  // The alert lives as long as the verdict holds, and the line above was printed a moment
  // before this read: on busy cores a sample in between may have cleared it. So the endpoint
  // is read until it shows the alert again (bounded), not once at a random moment.
  const alerts = await readUntil(`${leaky.url}monitoring/memory-alerts`, /leak\.trend/, 10_000);
  expect(alerts).toMatch(/leak\.trend/);
  const metrics = await (await fetch(`${leaky.url}metrics`)).text();
  expect(metrics).toMatch(/^leakguard_\w+/m);

  // The chat service's live connections: growing with every move in the leaky arena, bounded
  // by the players online (3 per player: moves, gossip, room channel) in the healthy one.
  const chatLive = async (a: typeof leaky): Promise<number> => {
    const c = (await (await fetch(`${a.url}monitoring/connections`)).json()) as {
      stats: { byService: Record<string, number> };
    };
    return c.stats.byService.chat ?? 0;
  };
  expect(await chatLive(leaky)).toBeGreaterThanOrEqual(300);
  expect(await chatLive(healthy)).toBeLessThanOrEqual(16 * 3);

  // The healthy arena under the same churn has no suspect site.
  expect(healthy.output()).not.toMatch(/leak suspect/);
  const healthyLeaks = JSON.stringify(await (await fetch(`${healthy.url}monitoring/leaks`)).json());
  expect(healthyLeaks).not.toMatch(/services\/chat/);
  expect(await leaky.stop(), leaky.output()).toBe(0);
  expect(await healthy.stop(), healthy.output()).toBe(0);

  // The shutdown line says what the leak held once every player had gone, and where from.
  const held =
    /after every player left, the player services still held (\d+) connections \(a leak\): (\d+) chat \w+ at \S*services\/chat\.js:\d+:\d+/.exec(
      leaky.output(),
    );
  expect(held, leaky.output()).not.toBeNull();
  expect(Number(held?.[2])).toBeGreaterThanOrEqual(300);
  expect(Number(held?.[1])).toBeGreaterThanOrEqual(Number(held?.[2]));
  expect(healthy.output()).toMatch(/the player services held nothing after every player left$/m);
}, 90_000);
