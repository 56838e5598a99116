/**
 * Ctrl-C: sessions are closed with 1001, everything is disposed, and the process exits by
 * itself with code 0 — it calls no process.exit on that path, so exiting at all means no
 * handle was left; a handle left open would trip the arena's watchdog (exit 1 listing the
 * open handles) after 3 × the shutdown timeout.
 */
import { afterAll, expect, it } from 'vitest';
import { cleanup, connectPlayer, line, startArenaProcess } from './support/harness.js';

afterAll(cleanup);

it('shuts down gracefully on SIGINT: 1001 to every player, nothing left, exit code 0', async () => {
  const arena = await startArenaProcess([
    '--bots',
    '4',
    '--bot-think-ms',
    '100',
    '--tick-ms',
    '100',
    '--shutdown-timeout-ms',
    '2000',
  ]);
  const ann = await connectPlayer(arena.port, 'ann', 'ann-key-000001');
  const ben = await connectPlayer(arena.port, 'ben', 'ben-key-000001');
  const gone = await connectPlayer(arena.port, 'gone', 'gone-key-00001');
  await ann.waitFor((e) => e.t === 'welcome');
  await ben.waitFor((e) => e.t === 'welcome');
  await gone.waitFor((e) => e.t === 'welcome');
  gone.ws.terminate(); // an away session, waiting in its reconnect window
  ben.send('south');
  ben.send('down'); // towards the rats: NPC timers, fights and projectiles are running
  ann.send('say the end is near');
  await ann.waitFor(line(/^ann says: the end is near$/));
  await new Promise((r) => setTimeout(r, 2500)); // the bots are in too (they join within ~2 s)

  const started = Date.now();
  const code = await arena.stop('SIGINT', 10_000);
  const elapsed = Date.now() - started;
  expect((await ann.closed).code).toBe(1001);
  expect((await ben.closed).code).toBe(1001);
  expect(code, arena.output()).toBe(0);
  expect(elapsed).toBeLessThan(6000); // the watchdog would have fired at 6 s
  const out = arena.output();
  expect(out).toMatch(/SIGINT: shutting down/);
  expect(out).toMatch(
    /shutdown complete: \d+ cleanups, 0 timed out, 0 live; the player services held nothing after every player left$/m,
  );
  expect(out).not.toMatch(/open handles/);
});
