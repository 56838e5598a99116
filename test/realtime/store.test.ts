/**
 * The `store` seam of the SessionManager, with a store kept in this process that records what
 * the manager asks of it (the Redis store's own tests are in test/fleet). What is pinned here:
 * the order of the questions over one player's life, that messages for an away player go to
 * the store (not the local outbox) and come back on resume in order, and option checking.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ConnectionManager } from '../../src/core/index.js';
import { SessionManager } from '../../src/realtime/index.js';
import type {
  Claimed,
  FleetState,
  Located,
  SessionStore,
  StoredMessage,
  StoreHost,
} from '../../src/realtime/index.js';
import { startHarness, waitFor, type Harness } from './helpers.js';

/** One process's worth of a store: a queue per player and a log of every call. */
class RecordingStore implements SessionStore {
  readonly nodeId = 'test-node';
  readonly log: string[] = [];
  readonly queues = new Map<string, StoredMessage[]>();
  readonly records = new Map<string, string>();
  host: StoreHost | null = null;
  closed = 0;

  open(host: StoreHost): void {
    this.host = host;
    this.log.push('open');
  }
  async claim(playerId: string | number, sessionId: string): Promise<Claimed> {
    const k = String(playerId);
    this.log.push(`claim ${k}`);
    const had = this.records.get(k);
    this.records.set(k, had ?? sessionId);
    const messages = this.queues.get(k) ?? [];
    this.queues.delete(k);
    return {
      sessionId: had ?? sessionId,
      resumed: had !== undefined,
      version: 1,
      from: null,
      messages,
    };
  }
  async take(playerId: string | number): Promise<StoredMessage[]> {
    this.log.push(`take ${String(playerId)}`);
    return [];
  }
  away(playerId: string | number): boolean {
    this.log.push(`away ${String(playerId)}`);
    return true;
  }
  enqueue(playerId: string | number, msg: StoredMessage): boolean {
    const k = String(playerId);
    this.log.push(`enqueue ${k}`);
    const q = this.queues.get(k) ?? [];
    q.push(msg);
    this.queues.set(k, q);
    return true;
  }
  end(playerId: string | number): void {
    this.log.push(`end ${String(playerId)}`);
    this.records.delete(String(playerId));
  }
  async route(): Promise<Located> {
    return { found: false, node: null, local: false };
  }
  async locate(): Promise<Located> {
    return { found: false, node: null, local: false };
  }
  async presence() {
    return { nodes: [], connected: 0, away: 0 };
  }
  state(): FleetState {
    return {
      store: 'recording',
      node: this.nodeId,
      state: 'connected',
      commands: { sent: 0, failed: 0, refused: 0 },
      inFlight: 0,
      reconnects: 0,
      lastError: null,
    };
  }
  async close(): Promise<void> {
    this.closed++;
    this.log.push('close');
  }
}

let h: Harness | null = null;
afterEach(async () => {
  await h?.stop();
  h = null;
});

describe('SessionManager store seam', () => {
  it('claims on admission, queues in the store while away, takes the queue back on resume, ends in the store', async () => {
    const store = new RecordingStore();
    h = await startHarness({ store, reconnectWindowMs: 5000 });
    const a = await h.connect('alice');
    await waitFor(() => h!.sm.session('alice') !== undefined);
    const id = h.sm.session('alice')!.id;
    a.ws.close(1000);
    await waitFor(() => h!.sm.session('alice')?.state === 'away');
    expect(h.sm.send('alice', { n: 1 })).toBe(true);
    expect(h.sm.send('alice', { n: 2 })).toBe(true);
    // the queue lives in the store, not in this process
    expect(h.sm.stats().outbox.messages).toBe(0);
    expect(store.queues.get('alice')?.length).toBe(2);

    const b = await h.connect('alice');
    expect(await b.nth(0)).toEqual({ n: 1 });
    expect(await b.nth(1)).toEqual({ n: 2 });
    expect(h.sm.session('alice')!.id).toBe(id);
    expect(h.sm.kick('alice', 'bye')).toBe(true);
    expect(await b.closed).toEqual({ code: 4000, reason: 'bye' });
    await h.stop();
    h = null;
    expect(store.log).toEqual([
      'open',
      'claim alice',
      'away alice',
      'enqueue alice',
      'enqueue alice',
      'claim alice',
      'end alice',
      'close',
    ]);
    expect(store.closed).toBe(1);
  });

  it('stats().fleet is the store state, null in memory; a wrong store is refused by name', async () => {
    const manager = new ConnectionManager({ siteThreshold: false });
    const plain = new SessionManager({ manager });
    expect(plain.stats().fleet).toBeNull();
    expect(await plain.presence()).toEqual({
      nodes: [{ node: 'local', connected: 0, away: 0 }],
      connected: 0,
      away: 0,
    });
    await plain.close();
    const store = new RecordingStore();
    const withStore = new SessionManager({ manager, store });
    expect(withStore.stats().fleet).toMatchObject({ store: 'recording', state: 'connected' });
    await withStore.close();
    expect(
      () => new SessionManager({ manager, store: {} as unknown as SessionStore }),
    ).toThrowError(/`store`/);
  });
});
