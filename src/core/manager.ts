/**
 * Why this file is long: the registry's indexes and the RegistryHost methods that keep them exact
 * on every track/untrack belong together; the leak watch and the kind lists have their own files.
 *
 * ConnectionManager: the registry of every connection made through its scopes.
 *
 * Indices, and why each costs O(connections removed) to use:
 * - owner / service / tag → the ROOT scopes carrying that metadata (their children inherit it
 *   and are reached through them). Disposing an owner disposes its scopes, which walk only
 *   their own entries. A connection with tags of its own is indexed by tag individually.
 * - kind → a KindList (kind-list.ts): creation order, O(1) removal, no per-entry allocation
 *   except for signal listeners (see there why they sit in a Set).
 * - live counts per service / owner / tag are plain counters, kept exact on every
 *   track/untrack. Service, owner and tag keys that reach zero stay and are pruned in bulk
 *   (tally.ts says why).
 *
 * The per-site leak watch is its own class (leak-watch.ts); the manager feeds it every
 * track/untrack and owns the `leakSuspected` signal it reports through. Disabled, it is null.
 *
 * Scopes and connections reach the manager only through RegistryHost (host.ts): the
 * underscore-named methods marked "RegistryHost" below are that interface.
 */
import type { Connection, ConnectionMeta, Owner, ScopeMeta } from './connection.js';
import type { ReadonlySignal } from './readonly-signal.js';
import { Flag } from './connection.js';
import { collectedError } from '../internal/errors.js';
import {
  checkKnownKeys,
  checkNumber,
  checkTimerMs,
  optionError,
  unknownOptionError,
} from '../internal/options.js';
import { Scope, type DisposeReport } from './scope.js';
import { Signal } from './signal.js';
import { LeakWatch, type LeakReport } from './leak-watch.js';
import { preciseNow } from './clock.js';
import { SetIndex, Tally } from './tally.js';
import { KindList } from './kind-list.js';

export interface ConnectionManagerOptions {
  /**
   * Shown in reports.
   * @default undefined // no name
   */
  name?: string;
  /**
   * Live connections (a count) from one creation site above which `leakSuspected` fires (then
   * again at every +50 %). `false` or `0` disables the leak watch (zero cost).
   * @default 1000
   */
  siteThreshold?: number | false;
  /**
   * Per-service overrides of `siteThreshold`, in connections (`{ chat: 5000, bots: false }`).
   * @default {} // every service uses `siteThreshold`
   */
  siteThresholds?: Record<string, number | false>;
}

/** What `manager.scope(request)` makes: a root scope whose connections are indexed by these. */
export interface ScopeRequest {
  /**
   * Service the scope's connections count under (`disposeService`, stats `byService`).
   * @default undefined // none
   */
  service?: string;
  /**
   * Owner (a player id, a tenant) the scope's connections count under (`disposeOwner`).
   * @default undefined // none
   */
  owner?: Owner;
  /**
   * Tags of every connection of the scope (`disposeTag`).
   * @default []
   */
  tags?: readonly string[];
  /**
   * Shown in descriptions, errors and leak reports.
   * @default undefined // no name
   */
  name?: string;
}

export interface ConnectionInfo {
  id: number;
  kind: string;
  description: string;
  owner: Owner | undefined;
  service: string | undefined;
  tags: readonly string[];
  createdAt: number;
  ageMs: number;
  site: string | undefined;
  /** False when `sweepStale()` would dispose it. */
  valid: boolean;
}

/** Which connections `manager.connections(filter)` lists; the fields combine with AND. */
export interface ConnectionFilter {
  /**
   * Only this owner's connections.
   * @default undefined // any owner
   */
  owner?: Owner;
  /**
   * Only this service's connections.
   * @default undefined // any service
   */
  service?: string;
  /**
   * Only connections carrying this tag.
   * @default undefined // any tags
   */
  tag?: string;
  /**
   * Only connections of this kind (`listener`, `timer`, …).
   * @default undefined // any kind
   */
  kind?: string;
  /**
   * Connections skipped first, a count.
   * @default 0
   */
  offset?: number;
  /**
   * Most connections listed, a count.
   * @default 100
   */
  limit?: number;
}

export interface ManagerStats {
  live: number;
  created: number;
  /** Ended by dispose or by themselves (a timer's last call). */
  disposed: number;
  /** Handed elsewhere with `Scope.detach()`. */
  detached: number;
  /** Cleanups that threw. */
  failed: number;
  scopes: number;
  owners: number;
  byService: Record<string, number>;
  byKind: Record<string, number>;
  /**
   * Live connections per service and kind (`byServiceKind.combat.timer`); connections of
   * scopes without a service are under `''`.
   */
  byServiceKind: Record<string, Record<string, number>>;
  byTag: Record<string, number>;
  topOwners: { owner: Owner; count: number }[];
  /** Age of the oldest live connection in milliseconds (0 when none). */
  oldestAgeMs: number;
  leakSuspects: number;
}

const NO_TAGS: readonly string[] = Object.freeze([]);
const MANAGER_KEYS = ['name', 'siteThreshold', 'siteThresholds'] as const;
const SCOPE_REQUEST_KEYS = ['service', 'owner', 'tags', 'name'] as const;
const FILTER_KEYS = ['owner', 'service', 'tag', 'kind', 'offset', 'limit'] as const;

export class ConnectionManager {
  readonly name: string | undefined;
  /** Fires with a LeakReport when a site passes the threshold, then at every +50 %. */
  readonly leakSuspected: ReadonlySignal<[LeakReport]>;
  /** @internal */ _live = 0;
  /** @internal */ _created = 0;
  /** @internal */ _disposed = 0;
  /** @internal */ _detached = 0;
  /** @internal */ _failed = 0;
  /** @internal */ _scopes = 0;
  /** @internal */ _kinds = new Map<string, KindList>();
  /** @internal */ _byService = new Tally<string>();
  /** @internal */ _byOwner = new Tally<Owner>();
  /** @internal */ _byTag = new Tally<string>();
  /** @internal live count per (service, kind); '' is "no service" */
  _byServiceKind = new Map<string, Tally<string>>();
  /** @internal */ _ownerScopes = new SetIndex<Owner, Scope>();
  /** @internal */ _serviceScopes = new SetIndex<string, Scope>();
  /** @internal */ _tagIndex = new SetIndex<string, Scope | Connection>();
  /** @internal root scopes no other index reaches (no owner, service or tag) */
  _roots = new Set<Scope>();
  /** @internal the per-site leak watch; null when disabled (then it costs nothing) */
  _leaks: LeakWatch | null;
  readonly #ownerCache = new Map<Owner, Scope>();
  readonly #serviceCache = new Map<string, Scope>();

  constructor(options: ConnectionManagerOptions = {}) {
    if (typeof options !== 'object' || options === null)
      throw optionError('options', 'an object', options);
    checkKnownKeys(options, MANAGER_KEYS);
    const { name, siteThreshold = 1000, siteThresholds } = options;
    if (name !== undefined && typeof name !== 'string') throw optionError('name', 'a string', name);
    if (siteThreshold !== false) checkNumber('siteThreshold', siteThreshold, { integer: true });
    if (siteThresholds !== undefined) {
      if (typeof siteThresholds !== 'object' || siteThresholds === null)
        throw optionError('siteThresholds', 'an object of service: threshold', siteThresholds);
      for (const [svc, t] of Object.entries(siteThresholds))
        if (t !== false) checkNumber(`siteThresholds.${svc}`, t, { integer: true });
    }
    this.name = name;
    const leakSuspected = new Signal<[LeakReport]>({ name: 'leakSuspected' });
    this.leakSuspected = leakSuspected;
    this._leaks = LeakWatch.create(
      siteThreshold === false ? 0 : siteThreshold,
      siteThresholds,
      (r) => leakSuspected.fire(r),
    );
  }

  // ---------------------------------------------------------------- scopes

  /** A new scope whose connections carry this metadata (reachable by owner, service and tag). */
  scope(request: ScopeRequest = {}): Scope {
    if (typeof request !== 'object' || request === null)
      throw optionError('request', 'an object', request);
    // for-in, not Object.keys: no array per scope (scopes are made per player join)
    for (const k in request)
      if (k !== 'service' && k !== 'owner' && k !== 'tags' && k !== 'name')
        throw unknownOptionError('', k, SCOPE_REQUEST_KEYS);
    const { service, owner, tags = [], name } = request;
    if (service !== undefined && typeof service !== 'string')
      throw optionError('service', 'a string', service);
    if (owner !== undefined && typeof owner !== 'string' && typeof owner !== 'number')
      throw optionError('owner', 'a string or a number', owner);
    if (!Array.isArray(tags) || tags.some((t) => typeof t !== 'string'))
      throw optionError('tags', 'an array of strings', tags);
    const meta: ScopeMeta = Object.freeze({
      host: this, // the manager is the RegistryHost of its scopes (host.ts)
      owner,
      service,
      tags: tags.length === 0 ? NO_TAGS : Object.freeze([...new Set(tags)]),
    });
    // no name: the scope names itself after its service and owner when asked
    const s = new Scope(name === undefined ? {} : { name });
    s._meta = meta;
    this._scopeCreated(s);
    this._addRoot(s);
    return s;
  }

  /** The scope of a service (one per name, created on first use, forgotten when disposed). */
  service(name: string): Scope {
    if (typeof name !== 'string') throw optionError('name', 'a string', name);
    return this.#cached(this.#serviceCache, name, { service: name });
  }

  /** The scope of an owner (one per id, created on first use, forgotten when disposed). */
  owner(id: Owner): Scope {
    if (typeof id !== 'string' && typeof id !== 'number')
      throw optionError('id', 'a string or a number', id);
    return this.#cached(this.#ownerCache, id, { owner: id });
  }

  #cached<K>(cache: Map<K, Scope>, key: K, request: ScopeRequest): Scope {
    let s = cache.get(key);
    if (s === undefined) {
      s = this.scope(request);
      cache.set(key, s);
    }
    return s;
  }

  // ---------------------------------------------------------------- bulk cleanup

  /** Disposes every connection of an owner; returns how many. */
  disposeOwner(id: Owner): number {
    return this.#disposeVia(this._byOwner, id, this._ownerScopes.get(id), `owner ${String(id)}`);
  }

  /** Disposes every connection of a service; returns how many. */
  disposeService(name: string): number {
    return this.#disposeVia(
      this._byService,
      name,
      this._serviceScopes.get(name),
      `service '${name}'`,
    );
  }

  /** Disposes every connection carrying a tag (its own or its scope's); returns how many. */
  disposeTag(tag: string): number {
    return this.#disposeVia(this._byTag, tag, this._tagIndex.get(tag), `tag '${tag}'`);
  }

  /** Disposes every connection of a kind; returns how many. */
  disposeKind(kind: string): number {
    const list = this._kinds.get(kind);
    if (list === undefined) return 0;
    const before = list.count;
    const errors: unknown[] = [];
    drain(list, errors);
    return this.#result(before - list.count, errors, `kind '${kind}'`);
  }

  /** Emergency: disposes every scope and connection of this manager; returns how many connections. */
  disposeAll(): number {
    const before = this._live;
    const errors: unknown[] = [];
    for (const s of this._allRoots()) {
      try {
        s.dispose();
      } catch (e) {
        errors.push(e);
      }
    }
    // Connections whose scope was adopted by a plain scope are not under a root: drain the rest.
    for (const list of [...this._kinds.values()]) drain(list, errors);
    return this.#result(before - this._live, errors, 'all connections');
  }

  /** `disposeAll()` that awaits async cleanups, each for at most `timeoutMs`. */
  async disposeAllAsync(options: { timeoutMs?: number } = {}): Promise<DisposeReport> {
    checkKnownKeys(options, ['timeoutMs']);
    checkTimerMs('timeoutMs', options.timeoutMs);
    const report: DisposeReport = { disposed: 0, timedOut: [] };
    const errors: unknown[] = [];
    for (const s of this._allRoots()) {
      try {
        const r = await s.disposeAsync(options);
        report.disposed += r.disposed;
        report.timedOut.push(...r.timedOut);
      } catch (e) {
        errors.push(e);
        // A scope whose cleanups threw still disposed its connections: its error carries them.
        const r = (e as { report?: DisposeReport } | null)?.report;
        if (r !== undefined) {
          report.disposed += r.disposed;
          report.timedOut.push(...r.timedOut);
        }
      }
    }
    try {
      report.disposed += this.disposeAll();
    } catch (e) {
      errors.push(e);
    }
    if (errors.length > 0) {
      const err = collectedError(errors, 'all connections');
      if (err !== null && typeof err === 'object')
        (err as { report?: DisposeReport }).report = report;
      throw err;
    }
    return report;
  }

  // ---------------------------------------------------------------- inspection

  stats(topOwners = 10): ManagerStats {
    let oldest = Infinity;
    const byKind: Record<string, number> = {};
    for (const [kind, list] of this._kinds) {
      byKind[kind] = list.count;
      const head = list.conns.head;
      if (head !== null && head._t < oldest) oldest = head._t;
      if (list.signals !== null) for (const c of list.signals) if (c._t < oldest) oldest = c._t;
    }
    // stats(0) is what scrapers call: no sort over every owner then.
    const top =
      topOwners <= 0
        ? []
        : [...this._byOwner.entries()]
            .sort((a, b) => b[1] - a[1])
            .slice(0, topOwners)
            .map(([owner, count]) => ({ owner, count }));
    return {
      live: this._live,
      created: this._created,
      disposed: this._disposed,
      detached: this._detached,
      failed: this._failed,
      scopes: this._scopes,
      owners: this._byOwner.size,
      byService: Object.fromEntries(this._byService.entries()),
      byKind,
      byServiceKind: Object.fromEntries(
        [...this._byServiceKind]
          .filter((e) => e[1].size > 0)
          .map(([svc, t]) => [svc, Object.fromEntries(t.entries())]),
      ),
      byTag: Object.fromEntries(this._byTag.entries()),
      topOwners: top,
      oldestAgeMs: oldest === Infinity ? 0 : preciseNow() - oldest,
      leakSuspects: this.leakSuspects().length,
    };
  }

  /** Details of live connections, filtered and paged (oldest first within each kind). */
  connections(filter: ConnectionFilter = {}): ConnectionInfo[] {
    checkKnownKeys(filter, FILTER_KEYS);
    const { owner, service, tag, kind, offset = 0, limit = 100 } = filter;
    checkNumber('offset', offset, { integer: true });
    checkNumber('limit', limit, { integer: true });
    const out: ConnectionInfo[] = [];
    let skipped = 0;
    for (const c of this.#candidates(filter)) {
      if (owner !== undefined && c.owner !== owner) continue;
      if (service !== undefined && c.service !== service) continue;
      if (kind !== undefined && c.kind !== kind) continue;
      if (tag !== undefined && !c.tags.includes(tag)) continue;
      if (skipped++ < offset) continue;
      if (out.length >= limit) break;
      out.push(info(c));
    }
    return out;
  }

  /** Sites with the most live connections (leak watch on), most first. */
  topSites(n = 10): Omit<LeakReport, 'stacks'>[] {
    return this._leaks?.topSites(n) ?? [];
  }

  /** Sites currently at or above their threshold. */
  leakSuspects(): LeakReport[] {
    return this._leaks?.suspects() ?? [];
  }

  /**
   * Disposes connections whose target is gone: an emitter/socket `destroyed` or `closed`, a
   * WebSocket whose `readyState` is CLOSED, a `target` that was garbage-collected, or a custom
   * `isValid()` that returns false (or throws). Returns how many.
   */
  sweepStale(): number {
    const stale: Connection[] = [];
    for (const list of this._kinds.values()) for (const c of list) if (!isValid(c)) stale.push(c);
    const errors: unknown[] = [];
    let n = 0;
    for (const c of stale) {
      if (!c.connected) continue;
      n++;
      try {
        c.dispose();
      } catch (e) {
        errors.push(e);
      }
    }
    return this.#result(n, errors, 'stale connections');
  }

  // ---------------------------------------------------------------- bookkeeping (internal)

  /** @internal Every live root scope, once (a snapshot: safe to dispose while iterating). */
  _allRoots(): Scope[] {
    const out = new Set<Scope>(this._roots);
    for (const set of this._ownerScopes.sets()) for (const s of set) out.add(s);
    for (const set of this._serviceScopes.sets()) for (const s of set) out.add(s);
    for (const set of this._tagIndex.sets())
      for (const s of set) if (s instanceof Scope) out.add(s);
    return [...out];
  }

  /** @internal RegistryHost: a cleanup threw. */
  _cleanupFailed(): void {
    this._failed++;
  }

  /** @internal */
  _scopeCreated(_s: Scope): void {
    this._scopes++;
  }

  /** @internal */
  _scopeEnded(s: Scope): void {
    this._scopes--;
    if (s._root) this._removeRoot(s);
    const m = s._meta;
    if (m?.owner !== undefined && this.#ownerCache.get(m.owner) === s)
      this.#ownerCache.delete(m.owner);
    if (m?.service !== undefined && this.#serviceCache.get(m.service) === s)
      this.#serviceCache.delete(m.service);
  }

  /** @internal `scope.move()` */
  _moved(from: Scope, to: Scope): void {
    const wasRoot = from._root;
    this._scopeEnded(from);
    this._scopeCreated(to);
    if (wasRoot) this._addRoot(to);
    const m = to._meta;
    if (m?.owner !== undefined && !this.#ownerCache.has(m.owner) && wasRoot)
      this.#ownerCache.set(m.owner, to);
  }

  /** @internal */
  _addRoot(s: Scope): void {
    if (s._root) return;
    s._root = true;
    const m = s._meta as ScopeMeta;
    if (m.owner === undefined && m.service === undefined && m.tags.length === 0) this._roots.add(s);
    if (m.owner !== undefined) this._ownerScopes.add(m.owner, s);
    if (m.service !== undefined) this._serviceScopes.add(m.service, s);
    for (const t of m.tags) this._tagIndex.add(t, s);
  }

  /** @internal */
  _removeRoot(s: Scope): void {
    if (!s._root) return;
    s._root = false;
    this._roots.delete(s);
    const m = s._meta as ScopeMeta;
    if (m.owner !== undefined) this._ownerScopes.delete(m.owner, s);
    if (m.service !== undefined) this._serviceScopes.delete(m.service, s);
    for (const t of m.tags) this._tagIndex.delete(t, s);
  }

  /** @internal Called by Scope._track once the connection is in the scope. */
  _track(c: Connection, m: ScopeMeta): void {
    this._live++;
    this._created++;
    c._flags |= Flag.Tracked;
    const kind = c.kind;
    let list = this._kinds.get(kind);
    if (list === undefined) this._kinds.set(kind, (list = new KindList()));
    list.add(c);
    if (m.service !== undefined) this._byService.add(m.service, 1);
    let sk = this._byServiceKind.get(m.service ?? '');
    if (sk === undefined) this._byServiceKind.set(m.service ?? '', (sk = new Tally()));
    sk.add(kind, 1);
    if (m.owner !== undefined) this._byOwner.add(m.owner, 1);
    for (const t of m.tags) this._byTag.add(t, 1);
    const own = c._extra?.tags;
    if (own !== undefined)
      for (const t of own) {
        if (m.tags.includes(t)) continue;
        this._byTag.add(t, 1);
        this._tagIndex.add(t, c);
      }
    if (this._leaks !== null) this._leaks.watch(c, m.service);
  }

  /** @internal Called by Connection._end while its scope (and so its metadata) is known. */
  _untrack(c: Connection, m: ScopeMeta, detached: boolean): void {
    this._live--;
    if (detached) this._detached++;
    else this._disposed++;
    const kind = c.kind;
    const list = this._kinds.get(kind) as KindList;
    list.remove(c);
    if (list.count === 0) this._kinds.delete(kind);
    if (m.service !== undefined) this._byService.add(m.service, -1);
    (this._byServiceKind.get(m.service ?? '') as Tally<string>).add(kind, -1);
    if (m.owner !== undefined) this._byOwner.add(m.owner, -1);
    for (const t of m.tags) this._byTag.add(t, -1);
    const own = c._extra?.tags;
    if (own !== undefined)
      for (const t of own) {
        if (m.tags.includes(t)) continue;
        this._byTag.add(t, -1);
        this._tagIndex.delete(t, c);
      }
    if (this._leaks !== null) this._leaks.forget(c);
  }

  *#candidates(f: ConnectionFilter): Iterable<Connection> {
    if (f.kind !== undefined) {
      const list = this._kinds.get(f.kind);
      if (list !== undefined) yield* list;
      return;
    }
    const scopes =
      f.owner !== undefined
        ? this._ownerScopes.get(f.owner)
        : f.service !== undefined
          ? this._serviceScopes.get(f.service)
          : undefined;
    if (f.owner !== undefined || f.service !== undefined) {
      for (const s of scopes ?? []) yield* s._connections();
      return;
    }
    for (const list of this._kinds.values()) yield* list;
  }

  #disposeVia<K>(
    counts: Tally<K>,
    key: K,
    holders: Set<Scope | Connection> | undefined,
    what: string,
  ): number {
    const before = counts.get(key);
    const errors: unknown[] = [];
    if (holders !== undefined)
      for (const h of [...holders]) {
        try {
          h.dispose();
        } catch (e) {
          errors.push(e);
        }
      }
    return this.#result(before - counts.get(key), errors, what);
  }

  #result(n: number, errors: unknown[], what: string): number {
    if (errors.length === 0) return n;
    const err = collectedError(errors, what);
    if (err !== null && typeof err === 'object') (err as { disposed?: number }).disposed = n;
    throw err;
  }
}

/** Disposes every connection of `list` (each one leaves it), collecting what their cleanups throw. */
function drain(list: KindList, errors: unknown[]): void {
  for (let c = list.first(); c !== null; c = list.first()) {
    try {
      c.dispose();
    } catch (e) {
      errors.push(e);
    }
  }
}

function info(c: Connection): ConnectionInfo {
  return {
    id: c.id,
    kind: c.kind,
    description: c.description,
    owner: c.owner,
    service: c.service,
    tags: c.tags,
    createdAt: c.createdAt,
    ageMs: c.ageMs,
    site: c.site,
    valid: isValid(c),
  };
}

function isClosed(t: unknown): boolean {
  if (t === null || typeof t !== 'object') return false;
  const o = t as { destroyed?: unknown; closed?: unknown; readyState?: unknown };
  return (
    o.destroyed === true || o.closed === true || o.readyState === 3 || o.readyState === 'closed'
  );
}

/** False when the connection's target is gone (see `sweepStale`). */
export function isValid(c: Connection): boolean {
  const x = c._extra;
  if (x !== null) {
    if (x.isValid !== undefined) {
      try {
        if (!x.isValid()) return false;
      } catch {
        return false;
      }
    }
    if (x.weak !== undefined && x.weak.deref() === undefined) return false;
  }
  return !isClosed(c._target);
}

export type { ConnectionMeta, LeakReport };
