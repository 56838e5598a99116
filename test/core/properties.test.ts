import { EventEmitter } from 'node:events';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Connection, ConnectionManager, Scope, Signal } from '../../src/core/index.js';

const OWNERS = ['p1', 'p2', 'p3'];
const SERVICES = ['chat', 'combat'];
const TAGS = ['a', 'b'];

type Op =
  | { t: 'scope'; owner: number; service: number; tag: number }
  | { t: 'child'; i: number }
  | { t: 'task'; i: number }
  | { t: 'listener'; i: number; e: number; tag: boolean }
  | { t: 'timer'; i: number }
  | { t: 'signal'; i: number }
  | { t: 'disposeScope'; i: number }
  | { t: 'disposeConn'; j: number }
  | { t: 'release'; j: number }
  | { t: 'releaseChild'; i: number }
  | { t: 'readd'; j: number }
  | { t: 'disposeOwner'; o: number }
  | { t: 'disposeService'; s: number }
  | { t: 'disposeTag'; g: number }
  | { t: 'disposeKind'; k: number }
  | { t: 'stale'; e: number }
  | { t: 'burst'; i: number; n: number };

const idx = fc.nat(50);
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    t: fc.constant('scope' as const),
    owner: fc.nat(OWNERS.length),
    service: fc.nat(SERVICES.length),
    tag: fc.nat(TAGS.length),
  }),
  fc.record({ t: fc.constant('child' as const), i: idx }),
  fc.record({ t: fc.constant('task' as const), i: idx }),
  fc.record({ t: fc.constant('listener' as const), i: idx, e: fc.nat(2), tag: fc.boolean() }),
  fc.record({ t: fc.constant('timer' as const), i: idx }),
  fc.record({ t: fc.constant('signal' as const), i: idx }),
  fc.record({ t: fc.constant('disposeScope' as const), i: idx }),
  fc.record({ t: fc.constant('disposeConn' as const), j: idx }),
  fc.record({ t: fc.constant('release' as const), j: idx }),
  fc.record({ t: fc.constant('releaseChild' as const), i: idx }),
  fc.record({ t: fc.constant('readd' as const), j: idx }),
  fc.record({ t: fc.constant('disposeOwner' as const), o: fc.nat(OWNERS.length - 1) }),
  fc.record({ t: fc.constant('disposeService' as const), s: fc.nat(SERVICES.length - 1) }),
  fc.record({ t: fc.constant('disposeTag' as const), g: fc.nat(TAGS.length - 1) }),
  fc.record({ t: fc.constant('disposeKind' as const), k: fc.nat(2) }),
  fc.record({ t: fc.constant('stale' as const), e: fc.nat(2) }),
  // many short-lived children and connections: forces the entry array to compact
  fc.record({ t: fc.constant('burst' as const), i: idx, n: fc.integer({ min: 10, max: 60 }) }),
);

/** Recounts every index of the manager from its live scopes and compares. */
function checkIndices(m: ConnectionManager, scopes: Scope[]): void {
  const live = new Set<Connection>();
  for (const s of scopes) if (!s.disposed) for (const c of s._connections()) live.add(c);
  const count = <K>(key: (c: Connection) => K | K[] | undefined) => {
    const map = new Map<K, number>();
    for (const c of live) {
      const k = key(c);
      for (const x of Array.isArray(k) ? k : k === undefined ? [] : [k])
        map.set(x, (map.get(x) ?? 0) + 1);
    }
    return Object.fromEntries([...map].map(([k, v]) => [String(k), v]));
  };
  const st = m.stats(100);
  expect(st.live).toBe(live.size);
  expect(st.byKind).toEqual(count((c) => c.kind));
  expect(st.byService).toEqual(count((c) => c.service));
  const joint: Record<string, Record<string, number>> = {};
  for (const c of live) {
    const row = (joint[c.service ?? ''] ??= {});
    row[c.kind] = (row[c.kind] ?? 0) + 1;
  }
  expect(st.byServiceKind).toEqual(joint);
  expect(st.byTag).toEqual(count((c) => [...c.tags]));
  expect(Object.fromEntries(st.topOwners.map((o) => [String(o.owner), o.count]))).toEqual(
    count((c) => c.owner),
  );
  expect(st.created).toBe(st.live + st.disposed + st.detached);
  // kind lists hold exactly the live connections
  let listed = 0;
  for (const list of m._kinds.values()) {
    let n = 0;
    let prev = null;
    for (let c = list.conns.head; c !== null; c = c._next) {
      expect(live.has(c)).toBe(true);
      expect(c._prev).toBe(prev);
      prev = c;
      n++;
    }
    expect(list.conns.tail).toBe(prev);
    expect(list.conns.size).toBe(n);
    for (const c of list.signals ?? []) {
      expect(live.has(c)).toBe(true);
      n++;
    }
    expect(n).toBe(list.count);
    listed += n;
  }
  expect(listed).toBe(live.size);
  // the root index holds exactly the live root scopes
  for (const s of m._allRoots()) expect(s.disposed).toBe(false);
  for (const s of scopes) {
    if (s.disposed) continue;
    // size counts exactly the entries that are still ours; children know where they sit
    const mine = new Set<unknown>();
    s._entries.forEach((e, i) => {
      if (e === undefined) return;
      if (e instanceof Connection) {
        if (e._scope !== s) return;
        expect(e.connected).toBe(true);
        mine.add(e);
      } else if (e instanceof Scope) {
        expect(!e.disposed && e._parent === s && e._slot === i).toBe(true);
        mine.add(e);
      } else mine.add(e);
    });
    expect(s.size).toBe(mine.size);
    // dead entries never outnumber live ones by more than the compaction slack
    expect(s._dead).toBeLessThanOrEqual(Math.max(16, s._entries.length / 2 + 1));
  }
}

describe('properties over random sequences of operations', () => {
  it('every cleanup runs exactly once, every index equals a recount, nothing is left after disposeAll', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 80 }), (ops) => {
        const m = new ConnectionManager({ siteThreshold: 5 });
        const emitters = [0, 1, 2].map(() =>
          Object.assign(new EventEmitter(), { destroyed: false }),
        );
        emitters.forEach((e) => e.setMaxListeners(0));
        const scopes: Scope[] = [];
        const conns: Connection[] = [];
        const elsewhere = new Scope({ name: 'elsewhere' });
        const sig = new Signal<[]>({ name: 'shared' });
        const runs = new Map<number, number>();
        let nextTask = 0;
        const pick = <T>(xs: T[], i: number): T | undefined =>
          xs.length === 0 ? undefined : xs[i % xs.length];
        const liveScope = (i: number) =>
          pick(
            scopes.filter((s) => !s.disposed),
            i,
          );
        const liveConn = (j: number) =>
          pick(
            conns.filter((c) => c.connected && c._scope !== null && c._scope !== elsewhere),
            j,
          );

        for (const o of ops) {
          switch (o.t) {
            case 'scope': {
              const owner = OWNERS[o.owner];
              const service = SERVICES[o.service];
              const tag = TAGS[o.tag];
              scopes.push(
                m.scope({
                  ...(owner === undefined ? {} : { owner }),
                  ...(service === undefined ? {} : { service }),
                  tags: tag === undefined ? [] : [tag],
                }),
              );
              break;
            }
            case 'child': {
              const s = liveScope(o.i);
              if (s) scopes.push(s.child());
              break;
            }
            case 'task': {
              const s = liveScope(o.i);
              if (!s) break;
              const id = nextTask++;
              runs.set(id, 0);
              s.add(() => runs.set(id, (runs.get(id) ?? 0) + 1));
              break;
            }
            case 'listener': {
              const s = liveScope(o.i);
              const e = emitters[o.e] as EventEmitter;
              if (s) conns.push(s.on(e, 'ev', () => {}, o.tag ? { tags: ['own'] } : undefined));
              break;
            }
            case 'timer': {
              const s = liveScope(o.i);
              if (s) conns.push(s.setTimeout(() => {}, 600_000, { unref: true }));
              break;
            }
            case 'signal': {
              const s = liveScope(o.i);
              if (s) conns.push(s.connect(sig, () => {}));
              break;
            }
            case 'disposeScope':
              liveScope(o.i)?.dispose();
              break;
            case 'disposeConn':
              liveConn(o.j)?.dispose();
              break;
            case 'release': {
              const c = liveConn(o.j);
              if (c) {
                (c._scope as Scope).detach(c);
                elsewhere.add(c);
              }
              break;
            }
            case 'readd': {
              // released and handed back to the same scope: it now sits last in LIFO order
              const c = liveConn(o.j);
              if (c) {
                const s = c._scope as Scope;
                s.detach(c);
                s.add(c);
              }
              break;
            }
            case 'releaseChild': {
              const s = liveScope(o.i);
              if (s && s._parent !== null) s._parent.detach(s);
              break;
            }
            case 'disposeOwner':
              m.disposeOwner(OWNERS[o.o] as string);
              break;
            case 'disposeService':
              m.disposeService(SERVICES[o.s] as string);
              break;
            case 'disposeTag':
              m.disposeTag((TAGS[o.g] ?? 'own') as string);
              break;
            case 'disposeKind':
              m.disposeKind((['listener', 'timer', 'custom'] as const)[o.k] ?? 'custom');
              expect(
                m.stats().byKind[(['listener', 'timer', 'custom'] as const)[o.k] ?? 'custom'],
              ).toBeUndefined();
              break;
            case 'burst': {
              const s = liveScope(o.i);
              if (!s) break;
              const made: (Scope | Connection)[] = [];
              for (let k = 0; k < o.n; k++) {
                const x =
                  k % 2 === 0 ? s.child() : s.setTimeout(() => {}, 600_000, { unref: true });
                if (k % 7 === 3) {
                  if (x instanceof Scope) scopes.push(x);
                  else conns.push(x);
                } else made.push(x);
              }
              // dispose the short-lived ones in scattered order: holes before live entries
              for (let k = 0; k < made.length; k++) made[(k * 13) % made.length]?.dispose();
              break;
            }
            case 'stale': {
              const e = emitters[o.e] as EventEmitter & { destroyed: boolean };
              e.destroyed = true;
              m.sweepStale();
              expect(e.listenerCount('ev') - connsOn(conns, e, elsewhere)).toBe(0);
              e.destroyed = false;
              break;
            }
          }
          checkIndices(m, scopes);
        }
        elsewhere.dispose();
        m.disposeAll();
        const st = m.stats();
        expect(st.live).toBe(0);
        expect(st.scopes).toBe(0);
        expect(m._allRoots()).toHaveLength(0);
        expect(m._leaks?.sites.size).toBe(0);
        for (const [, n] of runs) expect(n).toBe(1);
        for (const e of emitters) expect(e.listenerCount('ev')).toBe(0);
        expect(sig.size).toBe(0);
        for (const c of conns) expect(c.connected).toBe(false);
        expect(st.created).toBe(st.disposed + st.detached);
      }),
      { numRuns: 300 },
    );
  });

  it('a plain scope: whatever the order of add / child / release / dispose, each task runs at most once and LIFO', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constant('add'),
            fc.constant('child'),
            fc.constant('release'),
            fc.constant('disposeChild'),
          ),
          { maxLength: 60 },
        ),
        (ops) => {
          const root = new Scope();
          const order: number[] = [];
          const added: number[] = [];
          const released = new Set<number>();
          const fns = new Map<number, () => void>();
          const children: Scope[] = [];
          let n = 0;
          for (const o of ops) {
            if (o === 'add') {
              const id = n++;
              const fn = () => order.push(id);
              fns.set(id, fn);
              added.push(id);
              root.add(fn);
            } else if (o === 'child') {
              const id = n++;
              const c = root.child();
              c.add(() => order.push(id));
              added.push(id);
              children.push(c);
            } else if (o === 'release' && added.length > 0) {
              const id = added[added.length - 1] as number;
              const fn = fns.get(id);
              if (fn && !released.has(id) && root.detach(fn)) released.add(id);
            } else if (o === 'disposeChild') {
              const c = children.pop();
              c?.dispose();
            }
          }
          const early = order.slice();
          root.dispose();
          const late = order.slice(early.length);
          const expected = added.filter((id) => !released.has(id) && !early.includes(id)).reverse();
          expect(late).toEqual(expected);
          expect(new Set(order).size).toBe(order.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});

function connsOn(conns: Connection[], e: EventEmitter, elsewhere: Scope): number {
  // released connections handed to `elsewhere` are outside the manager: they stay on the emitter
  return conns.filter((c) => c.connected && c._scope === elsewhere && c._target === e).length;
}
