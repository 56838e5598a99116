/**
 * Bulk disposal from the ConnectionManager (`disposeService('realtime')`, `disposeAll()`,
 * `disposeAllAsync()` as run by `disposeOnExit`) reaches the session scopes only: the
 * SessionManager itself (its signals, heartbeat, accept path) keeps working, and a session
 * whose scope is disposed from outside ends instead of living on with nothing behind it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ConnectionManager } from '../../src/core/index.js';
import { CloseCodes } from '../../src/realtime/index.js';
import {
  halfOpenProxy,
  startHarness,
  waitFor,
  within,
  type Harness,
  type HarnessOptions,
} from './helpers.js';

let h: Harness | null = null;
afterEach(async () => {
  await h?.stop();
  h = null;
});

/** Records the lifecycle as lines; each joined session registers a cleanup in its scope. */
function record(hh: Harness): string[] {
  const log: string[] = [];
  hh.sm.joined.connect((s) => {
    log.push(`joined ${s.playerId}`);
    s.scope.defer(() => log.push(`scope ${s.playerId} disposed`));
  });
  hh.sm.received.connect((s, m) => log.push(`message ${s.playerId} ${JSON.stringify(m)}`));
  hh.sm.ended.connect((s, r) => log.push(`ended ${s.playerId} ${r}`));
  return log;
}

const has = (log: string[], line: string) => () => log.includes(line);

const disposals: [string, (m: ConnectionManager) => unknown, HarnessOptions][] = [
  ["disposeService('realtime')", (m) => m.disposeService('realtime'), {}],
  ['disposeAll()', (m) => m.disposeAll(), {}],
  ['disposeAll() (attach(wss) path)', (m) => m.disposeAll(), { attach: true }],
  ['disposeAllAsync() (what disposeOnExit runs)', (m) => m.disposeAllAsync(), {}],
];

describe.each(disposals)('after manager.%s', (_name, dispose, opts) => {
  it('sessions with a scope end (4003); new players join, talk and are heartbeat-checked', async () => {
    h = await startHarness({ heartbeatMs: 50, reconnectWindowMs: 0, ...opts });
    const log = record(h);
    const old = await h.connect('old');
    await waitFor(has(log, 'joined old'), 3000, 'old joined');

    await dispose(h.manager);

    // The player's scope went, so its session went with it: closed with a code saying why.
    expect(await within(old.closed)).toEqual({
      code: CloseCodes.disposed,
      reason: 'scope disposed',
    });
    expect(log).toEqual(['joined old', 'scope old disposed', 'ended old disposed']);
    expect(h.sm.stats().ended.disposed).toBe(1);

    // A new player joins; joined and message still fire; sending still works.
    const fresh = await h.connect('fresh');
    await waitFor(has(log, 'joined fresh'), 3000, 'joined after the disposal');
    fresh.ws.send(JSON.stringify({ hi: 1 }));
    await waitFor(has(log, 'message fresh {"hi":1}'), 3000, 'message after the disposal');
    expect(h.sm.send('fresh', 'still here')).toBe(true);
    expect(await fresh.nth(0)).toBe('still here');

    // The heartbeat still runs: a half-open peer is found and its session ends.
    const proxy = await halfOpenProxy(h.port);
    try {
      await h.connect('dead', { url: `ws://127.0.0.1:${proxy.port}/ws?player=dead` });
      await waitFor(has(log, 'joined dead'), 3000, 'dead joined');
      proxy.cut();
      await waitFor(has(log, 'ended dead closed'), 5000, 'the heartbeat to find the dead peer');
      expect(h.sm.stats().heartbeatTerminations).toBe(1);
    } finally {
      await proxy.close();
    }
    expect(h.sm.stats().closing).toBe(false);
  });
});

describe('disposal of one session scope', () => {
  it('disposeOwner ends that player only; a session that never used its scope is untouched', async () => {
    h = await startHarness({ reconnectWindowMs: 60_000 });
    const ends: string[] = [];
    h.sm.ended.connect((s, r) => ends.push(`${s.playerId} ${r}`));
    h.sm.joined.connect((s) => {
      if (s.playerId !== 'bare') s.scope.defer(() => {});
    });
    const alice = await h.connect('alice');
    const bob = await h.connect('bob');
    await h.connect('bare');
    await waitFor(() => h!.sm.stats().connected === 3);

    h.manager.disposeOwner('alice');
    expect((await within(alice.closed)).code).toBe(CloseCodes.disposed);
    expect(ends).toEqual(['alice disposed']);
    expect(h.sm.session('alice')).toBeUndefined();
    expect(h.sm.session('bob')?.state).toBe('connected');

    // An away session whose scope is disposed ends too (its reconnect timer was in it).
    bob.ws.close();
    await waitFor(() => h!.sm.session('bob')?.state === 'away');
    h.sm.session('bob')!.scope.dispose();
    expect(ends).toEqual(['alice disposed', 'bob disposed']);
    expect(h.sm.stats()).toMatchObject({ sessions: 1, connected: 1, away: 0 });

    h.manager.disposeAll();
    expect(h.sm.session('bare')?.state).toBe('connected');
  });
});
