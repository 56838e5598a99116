/**
 * Public events are handed out as ReadonlySignal: consumers connect, wait and count; only the
 * owner fires. The `@ts-expect-error` lines are checked by `npm run typecheck`: if any of these
 * events could be fired or cleared by a consumer again, the type-check fails.
 */
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { ConnectionManager, Scope } from '../../src/core/index.js';
import { MemoryMonitor } from '../../src/monitor/index.js';
import { ObjectPool, PoolRegistry, ResourcePool } from '../../src/pool/index.js';
import { SessionManager } from '../../src/realtime/index.js';

describe('ReadonlySignal', () => {
  it('public events cannot be fired or cleared by consumers, and still work with scopes', async () => {
    const manager = new ConnectionManager({ siteThreshold: 3 });
    const sessions = new SessionManager({ manager });
    const monitor = new MemoryMonitor({});
    const registry = new PoolRegistry();
    const objects = new ObjectPool({ create: () => ({}), registry });
    const resources = new ResourcePool({ create: () => 1, destroy: () => {}, registry });

    // @ts-expect-error firing belongs to the SessionManager
    expect(typeof sessions.joined.fire).toBe('function'); // at run time it is the owner's Signal
    const consumerView = [
      // @ts-expect-error only the owner clears its listeners
      sessions.received.disconnectAll,
      // @ts-expect-error only the monitor fires its alerts
      monitor.alerted.fire,
      // @ts-expect-error only the manager fires its leak reports
      manager.leakSuspected.fire,
      // @ts-expect-error only the pool fires its leak events
      objects.leaked.fire,
      // @ts-expect-error only the pool fires its errors
      resources.failed.fire,
      // @ts-expect-error only the registry disposes its events
      registry.added.dispose,
    ];
    expect(consumerView.every((f) => typeof f === 'function')).toBe(true);

    // Consumers connect through a scope as with any Signal, and the owner's fire reaches them.
    const scope = new Scope();
    const reports: number[] = [];
    scope.connect(manager.leakSuspected, (r: { count: number }) => reports.push(r.count));
    expect(manager.leakSuspected.size).toBe(1);
    const em = new EventEmitter();
    const owned = manager.scope({ service: 'chat' });
    for (let i = 0; i < 3; i++) owned.on(em, 'x', () => {});
    expect(reports).toEqual([3]);
    const next = scope.wait(registry.removed, undefined, { timeoutMs: 5000 });
    objects.destroy();
    const [removed] = (await next) as [{ name: string }];
    expect(removed.name).toBe(objects.name);
    scope.dispose();
    expect(manager.leakSuspected.size).toBe(0);
    owned.dispose();
    await resources.close();
    await sessions.close();
  });
});
