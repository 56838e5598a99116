// no-unended-resource: a socket, worker or other object the owner makes and keeps in a `this.`
// field, and knows it must end (it calls `end()`/`close()`/`destroy()`/`terminate()`… on it
// somewhere), but not where it matters (issue #16, leak shape 1 "cleanup that exists but is not
// tied to the owner's end", and the `field-overwritten` shape). Designed from the tuning half of
// the fix corpus (scan-corpus/fixes/): nats.js be8fa84 (`createConnection()`, which `reconnect()`
// calls again, assigns `this.stream = net.createConnection(…)` over the old stream, which keeps
// its listeners; `closeStream()` ends it) and realtime-js 88f8974 (the heartbeat `this.workerRef =
// new Worker(…)` is terminated only in its own `onerror` handler, never by `disconnect()`).
//
// no-unmanaged-listener and no-unpaired-teardown are about listeners and timers; what they
// register on is taken to die with the object once the object created it. That is right for an
// object made once and ended with its owner, wrong for one the owner makes again or ends only
// on an error path.
import type { ClassOrModule, CreatedFieldWrite, Facts } from '../facts.js';
import { endOf, isFunction, startOf, TEARDOWN_METHODS, type Node } from '../syntax.js';
import { hasRange, type RawFinding, type RuleContext } from './context.js';
import { OPEN_METHOD, teardownClears, teardownOf } from './paired.js';

/** Calls that end what the receiver holds (a socket, worker, server, child process, stream). */
const ENDS = ['end', 'destroy', 'close', 'terminate', 'kill'] as const;

/** Lifecycle methods that run once per object by contract (as no-unmanaged-timer has them). */
const RUNS_ONCE =
  /^(?:init|initialize|setup|configure|onInit|ngOnInit|componentDidMount|connectedCallback|mounted)$/;

interface Ending {
  readonly call: Node;
  /** The owner's method (or named function) it sits in, or '' when none. */
  readonly method: string;
  /** True when a function lies between that method and the call (a handler, a callback). */
  readonly inCallback: boolean;
}

/** The calls in `owner` that end `field` (`this.stream.end()`), with where they sit. */
function endings(owner: ClassOrModule, field: string): Ending[] {
  const out: Ending[] = [];
  for (const name of ENDS)
    for (const c of owner.calls.get(name) ?? []) {
      if (c.receiver !== field) continue;
      const method = methodAt(owner, c.call) ?? '';
      const fn = method === '' ? undefined : owner.methods.get(method);
      out.push({ call: c.call, method, inCallback: fn !== undefined && nestedIn(fn, c.call) });
    }
  return out;
}

/** Whether a function other than `fn` encloses `target` inside `fn` (a handler, a callback). */
function nestedIn(fn: Node, target: Node): boolean {
  const at = startOf(target);
  let cur: Node | null = fn;
  let depth = 0;
  while (cur !== null) {
    let next: Node | null = null;
    for (const k in cur) {
      if (k === 'parent' || k === 'range' || k === 'loc') continue;
      const v = (cur as unknown as Record<string, unknown>)[k];
      for (const child of Array.isArray(v) ? v : [v]) {
        if (child === null || typeof child !== 'object' || typeof (child as Node).type !== 'string')
          continue;
        const n = child as Node;
        if (startOf(n) <= at && at < endOf(n) && n !== cur) {
          next = n;
          break;
        }
      }
      if (next !== null) break;
    }
    if (next === null || next === target) break;
    if (isFunction(next)) depth++;
    cur = next;
  }
  return depth > 0;
}

/** Name of the owner's method (or, outside classes, named function) that contains `n`. */
function methodAt(owner: ClassOrModule, n: Node): string | null {
  let best: string | null = null;
  let size = Infinity;
  for (const [name, fn] of owner.methods) {
    if (!hasRange(fn, n)) continue;
    const s = endOf(fn) - startOf(fn);
    if (s < size) {
      size = s;
      best = name;
    }
  }
  return best;
}

/** A constructor: `constructor()` in a class, a PascalCase function for prototype-style code. */
function isCtorName(name: string | null): boolean {
  return name !== null && (name === 'constructor' || /^[A-Z]/.test(name));
}

const esc = (s: string): string => s.replace(/[$]/g, '\\$');

/** `field` is named in `fn` before `at`, directly or in a method called there (`this.close()`). */
function referredBefore(owner: ClassOrModule, w: CreatedFieldWrite, src: string): boolean {
  const before = src.slice(startOf(w.fn), startOf(w.node));
  const raw = src.slice(startOf(w.node.left), endOf(w.node.left));
  if (before.includes(raw) || before.includes(w.field)) return true;
  const re = /\b(?:this|self|that|_this)\s*\.\s*([\w$]+)\s*\(/g;
  for (let m = re.exec(before); m !== null; m = re.exec(before)) {
    const fn = owner.methods.get(m[1]!);
    if (fn === undefined || fn === w.fn) continue;
    const body = src.slice(startOf(fn), endOf(fn));
    if (body.includes(raw) || body.includes(w.field)) return true;
  }
  return false;
}

/**
 * The method that fills the field runs again between an open and a teardown: something in the
 * owner calls it that is neither a constructor nor an open-style method (`reconnect() {
 * this.createConnection() }`, a retry, an event handler), and not behind a check of the field
 * (`if (!this.worker) this.startWorker()`). `connect() { this.startServer() }` paired with a
 * `disconnect()` that ends the field is one object lifecycle (moleculer's TCP transporter,
 * tuning set of scan-corpus/clean), and a public method that only users call is left alone:
 * whether it may run twice is not visible in the file.
 */
function calledAgain(
  owner: ClassOrModule,
  name: string,
  names: (s: string) => boolean,
  src: string,
): boolean {
  for (const c of owner.calls.get(name) ?? []) {
    if (c.receiver === null || !/^(?:this|self|that|_this)$/.test(c.receiver)) continue;
    const caller = methodAt(owner, c.call);
    if (isCtorName(caller) || (caller !== null && OPEN_METHOD.test(caller))) continue;
    const fn = caller === null ? undefined : owner.methods.get(caller);
    if (fn !== undefined && names(src.slice(startOf(fn), startOf(c.call)))) continue;
    return true;
  }
  return false;
}

function replaced(facts: Facts, owner: ClassOrModule, w: CreatedFieldWrite): RawFinding | null {
  const name = w.fnName;
  if (name === null || isCtorName(name) || RUNS_ONCE.test(name)) return null;
  if (w.method !== null && (w.method.isCtor || w.method.isStatic)) return null;
  const raw = facts.src.slice(startOf(w.node.left), endOf(w.node.left));
  const names = (s: string): boolean => s.includes(raw) || s.includes(w.field);
  // Directly in the method that is called again, not in a callback inside it.
  if (owner.methods.get(name) !== w.fn || !calledAgain(owner, name, names, facts.src)) return null;
  if (referredBefore(owner, w, facts.src)) return null;
  return {
    rule: 'no-unended-resource',
    node: w.node,
    message: `${name}() runs again (it is called from another method) and assigns ${raw} over the previous one without ending it; the old one stays open with its listeners.`,
    suggestion: `End the previous ${raw} (remove its listeners, end()/destroy() it) before assigning, or return early when one is open.`,
  };
}

/**
 * Shape 1 of issue #16: the field is ended only inside a handler or callback (its `onerror`,
 * a `'close'` listener, one branch of a reply), never directly by a method of the owner, and
 * the owner's teardown does not end it either.
 */
function unendedByTeardown(
  facts: Facts,
  owner: ClassOrModule,
  w: CreatedFieldWrite,
  ends: readonly Ending[],
): RawFinding | null {
  if (owner.kind !== 'class' || !ends.every((e) => e.inCallback)) return null;
  const teardown = teardownOf(owner);
  if (teardown === null) return null;
  const raw = facts.src.slice(startOf(w.node.left), endOf(w.node.left));
  if (w.method !== null && TEARDOWN_METHODS.has(w.method.name)) return null;
  if (teardownClears(owner, teardown, { key: w.field, raw }, facts.src)) return null;
  const where = ends[0]!.method;
  return {
    rule: 'no-unended-resource',
    node: w.node,
    message: `${raw} is ended only in a callback${where === '' ? '' : ` inside ${where}()`} (an error or one-branch path), never by ${teardown}(); after ${teardown}() it keeps running and keeps the object alive.`,
    suggestion: `End ${raw} in ${teardown}() too (for example through one helper that both paths call).`,
  };
}

export function resourceRules(ctx: RuleContext): RawFinding[] {
  const { facts } = ctx;
  if (facts.createdWrites.length === 0) return [];
  const out: RawFinding[] = [];
  for (const w of facts.createdWrites) {
    const owner = w.classOwner ?? facts.module;
    const ends = endings(owner, w.field);
    // Only what the owner itself knows must be ended.
    if (ends.length === 0) continue;
    const f = replaced(facts, owner, w) ?? unendedByTeardown(facts, owner, w, ends);
    if (f !== null) out.push(f);
  }
  return out;
}
