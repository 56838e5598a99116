// The typed path: with type information the rules decide by what a call returns, which both
// removes syntax-only false positives and finds what no naming convention reveals.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RuleTester } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { describe, it } from 'vitest';
import { rules } from '../../src/eslint/index.js';

RuleTester.describe = describe;
RuleTester.it = it;

const root = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'typed');
const filename = join(root, 'file.ts');
const typed = new RuleTester({
  languageOptions: {
    parser: tsParser,
    parserOptions: {
      project: join(root, 'tsconfig.json'),
      tsconfigRootDir: root,
      // With CI=true typescript-eslint assumes a one-shot lint and builds the program from the
      // files on disk, so RuleTester's in-memory code would get the types of fixtures/typed/file.ts.
      disallowAutomaticSingleRunInference: true,
    },
  },
});
const untyped = new RuleTester({ languageOptions: { parser: tsParser } });
const err = [{ messageId: 'finding' }];

const voidSubscribe = `declare const m: { subscribe(f: () => void): void };
export function f() { m.subscribe(() => {}); }`;
const disposableFactory = `declare function watchConfig(cb: () => void): { dispose(): void };
export function f() { watchConfig(() => {}); }`;
const unsubscribeFn = `declare const bus: { listen(cb: () => void): () => void };
export function f() { bus.listen(() => {}); }`;
const chainedEmitter = `import { EventEmitter } from 'node:events';
export function f(n: number, e: EventEmitter) { const x = e.on('a', () => {}); return x; }`;
const listenerHandedBack = `declare const bus: { on<F extends () => void>(ev: string, cb: F): F };
export function f() { const h = bus.on('a', () => {}); return h; }`;
const nanoEvents = `declare const bus: { on(ev: string, cb: () => void): () => void };
export function f() { const unbind = bus.on('a', () => {}); return unbind; }`;

// A subscription kept in a field and never ended (nats.js consumermessages.ts, the fix corpus's
// tuning half: each re-pull overwrote this.sub and stop() never unsubscribed).
const subscription = `interface Subscription { unsubscribe(): void; closed: boolean }
declare const nc: { subscribe(subject: string, opts?: object): Subscription; count(): number };
declare const bus: { listen(cb: () => void): () => void };`;
const storedNeverEnded = `${subscription}
export class Pull { sub?: Subscription; pull() { this.sub = nc.subscribe('inbox', {}); } stop() {} }`;

// A method declared to return `this` hands back its receiver: Node's streams and servers have
// Symbol.asyncDispose, and their chained calls (`off`, `destroy`, `listen`) are not disposables
// thrown away (trimmed from playwright streamDispatcher.ts and vite http.ts, the fix corpus's
// tuning half, whose after files the typed scan reported 10 times for it).
const chainedOnNodeTypes = `import type { Readable } from 'node:stream';
import type { Server } from 'node:http';
export class StreamDispatcher {
  constructor(private stream: Readable) {}
  async read(wait: Promise<void>) {
    const done = () => {};
    this.stream.on('readable', done);
    try { await wait; } finally { this.stream.off('readable', done); }
  }
  close() { this.stream.destroy(); }
}
export function tryBindServer(httpServer: Server, port: number) {
  return new Promise<boolean>((resolve) => {
    const onError = () => { httpServer.off('error', onError); resolve(false); };
    httpServer.on('error', onError);
    httpServer.listen(port);
  });
}`;
// …while a method of the same class that makes something new is still asked about.
const disposableOnNodeType = `import type { Readable } from 'node:stream';
declare function watch(r: Readable): { [Symbol.asyncDispose](): Promise<void> };
export function f(r: Readable) { watch(r); }`;

// A call that hands back what its caller already holds — its receiver or one of its arguments —
// makes nothing new to dispose, though its return type is declared otherwise than `this`
// (issue #16: the typed scan of leakguard's own src/ reported each of these, trimmed from it).
// src/core/scope-helpers.ts (connectWithRetry) and src/monitor/monitor.ts: `add<T>(task: T): T`
// and `set<T>(key, task: T): T` return their argument.
const scopeApi = `interface Disposable { dispose(): void }
declare class Connection { dispose(): void; readonly disposed: boolean }
declare class Scope {
  add<T>(task: T): T;
  set<T>(key: unknown, task: T): T;
  setTimeout(fn: () => void, ms: number): Connection;
  child(name?: string): Scope;
  defer(fn: () => unknown): void;
  _adoptConnection(c: Connection, meta: undefined): Connection;
  dispose(): void;
  readonly disposed: boolean;
}`;
const addReturnsArgument = `${scopeApi}
export async function connectWithRetry(scope: Scope, connect: () => Promise<Disposable>) {
  const r = await connect();
  scope.add(r); // disposed at once if the scope ended meanwhile
  return r;
}
export function schedule(run: Scope, ms: number) {
  const timer = run.setTimeout(() => {}, ms);
  run.set('timer', timer);
}`;
// src/core/scope-slots.ts: a non-generic signature whose result is of its argument's type.
const adoptReturnsArgument = `${scopeApi}
export function adopt(scope: Scope, task: unknown) {
  if (task instanceof Connection) scope._adoptConnection(task, undefined);
}`;
// src/http/handler.ts: Object.defineProperty<T>(o: T, …): T on a disposable function object.
const definePropertyReturnsArgument = `interface MonitoringHandler { (req: unknown): boolean; prefix: string; dispose(): void }
export function createHandler(prefix: string): MonitoringHandler {
  const handler = ((req: unknown) => req !== null) as MonitoringHandler;
  Object.defineProperty(handler, 'prefix', { value: prefix, enumerable: true });
  handler.dispose = () => {};
  return handler;
}`;
// src/fleet/redis-store.ts: ioredis' pipeline commands return the pipeline (ChainableCommander,
// not `this`), on ioredis' own declarations.
const pipelineReturnsReceiver = `import type { Redis } from 'ioredis';
export function heartbeat(c: Redis, key: string, nodeId: string, ttl: number) {
  const m = c.multi();
  m.zadd(key, Date.now() + ttl, nodeId);
  m.set(key + ':info', '{}', 'PX', ttl);
  m.zremrangebyscore(key, '-inf', Date.now() - 10 * ttl);
  return m.exec();
}`;
// A fluent method returning `this` without declaring it (supabase realtime-js RealtimeChannel.ts
// and lib/push.ts, the fix corpus's tuning half: a channel has unsubscribe()).
const fluentUndeclared = `export class RealtimeChannel {
  bindings: { [key: string]: { type: string; callback: Function }[] } = {};
  _on(type: string, filter: { [key: string]: any }, callback: Function) {
    (this.bindings[type] ??= []).push({ type, callback });
    return this;
  }
  _off(type: string, filter: { [key: string]: any }) {
    delete this.bindings[type];
    return this;
  }
  unsubscribe(): void {}
}
export class Push {
  constructor(public channel: RealtimeChannel, public refEvent: string) {}
  startTimeout() { this.channel._on(this.refEvent, {}, (payload: unknown) => payload); }
  destroy() { this.channel._off(this.refEvent, {}); }
}`;
// src/monitor/monitor.ts: a field holding a call's result of its receiver's type (the parent
// scope's child) is taken for the receiver handed back, like a fluent call's.
const childOfReceiverType = `${scopeApi}
export class Monitor {
  #scope: Scope;
  #run: Scope | null = null;
  constructor(scope: Scope) { this.#scope = scope; }
  start(): this {
    if (this.#run !== null) return this;
    const run = (this.#run = this.#scope.child('running'));
    run.defer(() => {});
    return this;
  }
}`;
// A container of cleanups keeps what its methods return and ends it itself: leakguard's
// `scope.setTimeout(…)` returns a Connection the scope disposes (src/core/scope-helpers.ts
// waitFor, src/monitor/heap-profile.ts; a class extending Scope too).
const keptByScope = `${scopeApi}
export function waitFor(scope: Scope, ms: number) {
  return new Promise<void>((resolve, reject) => {
    const sub = scope.child('wait');
    sub.defer(() => reject(new Error('disposed')));
    sub.setTimeout(() => { resolve(); sub.dispose(); }, ms);
  });
}
class Run extends Scope {}
export function sample(run: Run, tick: () => void) { run.setTimeout(tick, 1000); }`;
// A disposable used as the receiver of a further call is in use: src/http/auth.ts (a Hash is a
// stream, with Symbol.asyncDispose), and Node's `createReadStream(p).pipe(res)`.
const usedInChain = `import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { ServerResponse } from 'node:http';
export const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();
export function send(p: string, res: ServerResponse) { createReadStream(p).pipe(res); }`;
// …but a subscription of the shapes the syntax knows is lost all the same when a chain drops it.
const subscriptionInChain = `interface Subscription { unsubscribe(): void; add(t: () => void): void }
declare const store$: { subscribe(next: (v: number) => void): Subscription };
export function f() { store$.subscribe(() => {}).add(() => {}); }`;
// The returned remover is not the only way to undo a registration: the class calls the paired
// method on the same receiver with the same argument (src/pool/object-pool.ts).
const poolRegistry = `interface RegisteredPool { readonly name: string }
declare class PoolRegistry { register(pool: RegisteredPool): () => boolean; unregister(pool: RegisteredPool): boolean }`;
const pairedUnregister = (teardown: string): string => `${poolRegistry}
export class ObjectPool implements RegisteredPool {
  readonly name = 'pool';
  readonly #registry: PoolRegistry | null;
  constructor(reg: PoolRegistry | null) { this.#registry = reg; this.#registry?.register(this); }
  dispose(other: RegisteredPool): void { ${teardown} }
}`;
const pairedSubscribe = (teardown: string): string => `export class Feed {
  constructor(hub) { this.hub = hub; }
  start() { this.hub.subscribe(this.onMessage); }
  stop() { ${teardown} }
  onMessage() {}
}`;
// …while a call on a disposable receiver, or with arguments, that makes something of another
// type is still a new subscription: an RxJS Subject has unsubscribe() itself, its subscribe()
// returns a Subscription (and the listener given is no Subscription).
const subjectSubscription = `interface Subscription { unsubscribe(): void; closed: boolean }
declare class Subject<T> { subscribe(next: (v: T) => void): Subscription; next(v: T): void; unsubscribe(): void }
export class View {
  sub?: Subscription;
  attach(s: Subject<number>) { this.sub = s.subscribe(() => {}); }
  detach() {}
}
export function watch(s: Subject<number>) { s.subscribe(() => {}); }`;

describe('typed path', () => {
  typed.run('no-discarded-disposable (typed)', rules['no-discarded-disposable'], {
    valid: [
      // `.subscribe` that returns void is not a subscription: the type says so
      { code: voidSubscribe, filename },
      { code: chainedOnNodeTypes, filename },
      { code: addReturnsArgument, filename },
      { code: adoptReturnsArgument, filename },
      { code: definePropertyReturnsArgument, filename },
      { code: pipelineReturnsReceiver, filename },
      { code: fluentUndeclared, filename },
      { code: childOfReceiverType, filename },
      { code: keptByScope, filename },
      { code: usedInChain, filename },
      { code: pairedUnregister('this.#registry?.unregister(this);'), filename },
      {
        code: `declare function load(): Promise<void>;\nexport async function f() { await load(); }`,
        filename,
      },
    ],
    invalid: [
      // no naming convention reveals these; only the return type does
      { code: disposableFactory, filename, errors: err },
      { code: unsubscribeFn, filename, errors: err },
      { code: disposableOnNodeType, filename, errors: err },
      // the field and the discarded call: both new subscriptions
      { code: subjectSubscription, filename, errors: [...err, ...err] },
      { code: subscriptionInChain, filename, errors: err },
      // never unregistered, or another pool unregistered
      { code: pairedUnregister(''), filename, errors: err },
      { code: pairedUnregister('this.#registry?.unregister(other);'), filename, errors: err },
    ],
  });

  typed.run('no-unmanaged-listener (typed)', rules['no-unmanaged-listener'], {
    valid: [{ code: nanoEvents, filename }],
    // EventEmitter#on returns the emitter: keeping the result keeps nothing removable; neither
    // does keeping the listener an `on` hands back
    invalid: [
      { code: chainedEmitter, filename, errors: err },
      { code: listenerHandedBack, filename, errors: err },
    ],
  });

  typed.run(
    'no-discarded-disposable (typed): kept in a field, never ended',
    rules['no-discarded-disposable'],
    {
      valid: [
        // ended in the teardown (and before reassigning)
        {
          code: `${subscription}
export class Pull { sub?: Subscription; pull() { this.sub?.unsubscribe(); this.sub = nc.subscribe('inbox'); } stop() { this.sub?.unsubscribe(); } }`,
          filename,
        },
        // an unsubscribe function kept and called
        {
          code: `${subscription}
export class W { off?: () => void; start() { this.off = bus.listen(() => {}); } close() { this.off?.(); } }`,
          filename,
        },
        // handed to something that owns it
        {
          code: `${subscription}
declare const store: { add(s: Subscription): void };
export class Pull { sub?: Subscription; pull() { this.sub = nc.subscribe('inbox'); store.add(this.sub); } }`,
          filename,
        },
        // not a subscription at all
        {
          code: `${subscription}\nexport class C { n = 0; read() { this.n = nc.count(); } }`,
          filename,
        },
      ],
      invalid: [
        { code: storedNeverEnded, filename, errors: err },
        {
          code: `${subscription}
export class W { off?: () => void; start() { this.off = bus.listen(() => {}); } close() {} }`,
          filename,
          errors: err,
        },
      ],
    },
  );

  // The same inputs without types: the syntax-only path decides differently, which is the point.
  untyped.run('syntax-only counterparts', rules['no-discarded-disposable'], {
    valid: [
      { code: disposableFactory },
      { code: unsubscribeFn },
      { code: storedNeverEnded },
      // the paired call undoes it on the untyped path too
      { code: pairedSubscribe('this.hub.unsubscribe(this.onMessage);') },
    ],
    invalid: [
      { code: voidSubscribe, errors: err },
      { code: pairedSubscribe(''), errors: err },
    ],
  });
  untyped.run('syntax-only counterparts (listener)', rules['no-unmanaged-listener'], {
    valid: [{ code: chainedEmitter }],
    invalid: [],
  });
});
