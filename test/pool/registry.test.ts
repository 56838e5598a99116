import { describe, expect, it } from 'vitest';
import {
  getPoolRegistry,
  ObjectPool,
  PoolRegistry,
  ResourcePool,
  type PoolLeakEvent,
} from '../../src/pool/index.js';

describe('PoolRegistry', () => {
  it('every pool registers with the process-wide registry by default and leaves on destroy/close', async () => {
    const registry = getPoolRegistry();
    expect(getPoolRegistry()).toBe(registry);
    expect((globalThis as Record<symbol, unknown>)[Symbol.for('leakguard.poolRegistry')]).toBe(
      registry,
    );
    const before = registry.size;
    const objects = new ObjectPool({ name: 'sparks', create: () => ({}) });
    const resources = new ResourcePool({ name: 'sockets', create: () => 1, destroy: () => {} });
    const optOut = new ObjectPool({ name: 'hidden', create: () => ({}), registry: false });
    expect(registry.size).toBe(before + 2);
    expect(registry.has(optOut)).toBe(false);
    const rows = registry.list().filter((r) => r.name === 'sparks' || r.name === 'sockets');
    expect(rows.map((r) => [r.name, r.kind])).toEqual([
      ['sparks', 'object'],
      ['sockets', 'resource'],
    ]);
    expect(rows[0]!.id).toBeLessThan(rows[1]!.id);
    expect(rows[0]!.stats).toMatchObject({ kind: 'object', acquired: 0, maxSize: null });
    objects.destroy();
    await resources.close();
    expect(registry.size).toBe(before);
  });

  it('forwards leaks of every pool on one Signal and stops when the pool leaves', () => {
    const registry = new PoolRegistry();
    const seen: PoolLeakEvent[] = [];
    registry.leaked.connect((e) => seen.push(e));
    let now = 0;
    const mk = (name: string) =>
      new ObjectPool({
        name,
        create: () => ({}),
        leakAfterMs: 10,
        checkIntervalMs: 0,
        clock: () => now,
        registry,
      });
    const a = mk('a');
    const b = mk('b');
    a.acquire();
    b.acquire();
    now = 20;
    a.checkLeaks();
    b.checkLeaks();
    expect(seen.map((e) => [e.pool, e.type])).toEqual([
      ['a', 'leaked'],
      ['b', 'leaked'],
    ]);
    expect(registry.heard).toBe(true);
    a.destroy();
    const removed: string[] = [];
    registry.removed.connect((p) => removed.push(p.name));
    const unregister = registry.register(b);
    expect(unregister()).toBe(true);
    expect(unregister()).toBe(false);
    expect(removed).toEqual(['b']);
    b.acquire();
    now = 100;
    b.checkLeaks();
    expect(seen).toHaveLength(2); // b left: its leaks are no longer forwarded
    expect(registry.pools()).toEqual([]);
  });
});
