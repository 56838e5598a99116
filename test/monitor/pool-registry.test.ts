/** The monitor reads the real pool registry as it is (no adapter), and sees its leaks. */
import { describe, expect, it } from 'vitest';
import { MemoryMonitor } from '../../src/monitor/index.js';
import { ObjectPool, PoolRegistry } from '../../src/pool/index.js';

describe('MemoryMonitor + PoolRegistry', () => {
  it('takes a PoolRegistry as `pools` and records each pool by name', () => {
    const registry = new PoolRegistry();
    const a = new ObjectPool({ name: 'bullets', create: () => ({}), registry });
    const b = new ObjectPool({ name: 'bullets', create: () => ({}), registry });
    a.acquire();
    a.acquire();
    b.release(b.acquire());
    const monitor = new MemoryMonitor({ pools: registry });
    const s = monitor.sample();
    expect(Object.keys(s.pools ?? {}).sort()).toEqual(['bullets', 'bullets#2']);
    expect(s.pools?.['bullets']?.['borrowed']).toBe(2);
    expect(s.pools?.['bullets#2']?.['released']).toBe(1);
    a.destroy();
    b.destroy();
    expect(registry.stats()).toEqual({});
  });
});
