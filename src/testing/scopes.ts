/**
 * trackScopes(): which leakguard Scopes were created during a test and never disposed, with
 * the line that created each. Hooked into the test runner's beforeEach/afterEach when given
 * (or when the runner exposes them as globals), or used by hand.
 */
import type { Scope } from '../core/index.js';
import { captureSite } from '../detect/internal.js';
import { checkKnownKeys, optionError } from '../internal/options.js';
import { subscribeScopes } from './scope-hooks.js';
import { testingError } from './errors.js';

/** A scope still alive and not disposed. */
export interface UndisposedScope {
  /** The scope's name, if it was given one. */
  name: string | undefined;
  /** `file:line:column` of the code that created it (first frame outside leakguard). */
  site: string;
  /** A few frames from there, innermost first. */
  stack: string[];
  /** Connections it still holds. */
  size: number;
}

type Hook = (fn: (...args: any[]) => unknown) => unknown;

export interface TrackScopesOptions {
  /**
   * The runner's `beforeEach` (vitest, node:test, jest).
   * @default globalThis.beforeEach // if the runner defines one
   */
  beforeEach?: Hook;
  /**
   * The runner's `afterEach`.
   * @default globalThis.afterEach // if the runner defines one
   */
  afterEach?: Hook;
  /**
   * Frames kept per creation stack.
   * @default 5
   */
  stackFrames?: number;
}

export interface ScopeTracking {
  /** Scopes created since tracking started (or the last reset) that are not disposed. */
  undisposed(): UndisposedScope[];
  /**
   * Throws LEAKGUARD_SCOPES_NOT_DISPOSED listing every undisposed scope with its creation
   * site, then forgets them (so one test's leftovers are not blamed on the next).
   */
  assertAllDisposed(): void;
  /** Forgets every scope seen so far. */
  reset(): void;
  /** Stops tracking (the runner hooks become no-ops). */
  stop(): void;
}

interface Entry {
  site: string;
  stack: string[];
}

/**
 * jest-circus keeps its state on the test global under a symbol described
 * `JEST_STATE_SYMBOL`; the running test's errors are there while its afterEach hooks run.
 * Undefined when not under jest (or a jest without that state).
 */
function jestTestFailed(): boolean | undefined {
  const sym = Object.getOwnPropertySymbols(globalThis).find(
    (s) => s.description === 'JEST_STATE_SYMBOL',
  );
  if (sym === undefined) return undefined;
  const state = (globalThis as Record<symbol, unknown>)[sym] as
    { currentlyRunningTest?: { errors?: unknown } | null } | undefined;
  const errors = state?.currentlyRunningTest?.errors;
  return Array.isArray(errors) ? errors.length > 0 : undefined;
}

/** Whether the runner says the current test failed (vitest or node:test context, jest state). */
function testFailed(ctx: unknown): boolean {
  // vitest 4's test context is a function object; node:test's is a plain object; jest passes
  // nothing.
  if (ctx === null || (typeof ctx !== 'object' && typeof ctx !== 'function'))
    return jestTestFailed() ?? false;
  const c = ctx as {
    passed?: unknown;
    task?: { result?: { state?: string; errors?: unknown[] } };
  };
  if (typeof c.passed === 'boolean') return !c.passed; // node:test TestContext
  const r = c.task?.result; // vitest TestContext
  return r?.state === 'fail' || (r?.errors?.length ?? 0) > 0;
}

export function trackScopes(options: TrackScopesOptions = {}): ScopeTracking {
  if (options === null || typeof options !== 'object')
    throw optionError('options', 'an object', options);
  checkKnownKeys(options, ['beforeEach', 'afterEach', 'stackFrames']);
  const g = globalThis as { beforeEach?: Hook; afterEach?: Hook };
  const beforeEach = options.beforeEach ?? g.beforeEach;
  const afterEach = options.afterEach ?? g.afterEach;
  const stackFrames = options.stackFrames ?? 5;
  if (!Number.isInteger(stackFrames) || stackFrames < 1)
    throw optionError('stackFrames', 'a positive integer', stackFrames);
  for (const [k, v] of [
    ['beforeEach', beforeEach],
    ['afterEach', afterEach],
  ] as const)
    if (v !== undefined && typeof v !== 'function') throw optionError(k, 'a function', v);

  const live = new Map<Scope, Entry>();
  let active = true;
  const tracker = {
    created(scope: Scope): void {
      const cap = captureSite(tracker.created, {
        depth: 12 + stackFrames,
        includeNodeModules: false,
        stackFrames,
      });
      live.set(scope, cap ? { site: cap.key, stack: cap.stack() } : { site: 'unknown', stack: [] });
    },
    disposed(scope: Scope): void {
      live.delete(scope);
    },
  };
  const unsubscribe = subscribeScopes(tracker);

  const api: ScopeTracking = {
    undisposed() {
      const out: UndisposedScope[] = [];
      for (const [scope, e] of live) {
        if (scope.disposed) continue;
        out.push({ name: scope.name, site: shortSite(e), stack: e.stack, size: scope.size });
      }
      return out;
    },
    assertAllDisposed() {
      const left = api.undisposed();
      live.clear();
      if (left.length === 0) return;
      const lines = left.map(
        (s) =>
          `  - ${s.name ? `"${s.name}" ` : ''}created at ${s.site} (${s.size} connection${s.size === 1 ? '' : 's'})` +
          s.stack
            .slice(1)
            .map((f) => `\n      at ${f}`)
            .join(''),
      );
      throw testingError(
        'LEAKGUARD_SCOPES_NOT_DISPOSED',
        `${left.length} scope${left.length === 1 ? ' was' : 's were'} created and never disposed:\n${lines.join('\n')}`,
        { scopes: left },
      );
    },
    reset() {
      live.clear();
    },
    stop() {
      active = false;
      live.clear();
      unsubscribe();
    },
  };

  if (beforeEach !== undefined && afterEach !== undefined) {
    beforeEach(() => {
      if (active) live.clear();
    });
    const after = (ctx: unknown): void => {
      if (!active) return;
      if (testFailed(ctx)) {
        live.clear(); // the test's own failure is what matters; don't pile on
        return;
      }
      api.assertAllDisposed();
    };
    // No declared parameter (length 0): jest treats a hook that declares one as taking a
    // `done` callback. vitest and node:test still pass their test context as the argument.
    afterEach((...args: unknown[]) => after(args[0]));
  }
  return api;
}

function shortSite(e: Entry): string {
  // The first stack frame carries the display form of the site (relative path).
  const first = e.stack[0];
  const m = first ? /\(([^()]+:\d+:\d+)\)$|^([^()\s]+:\d+:\d+)$/.exec(first) : null;
  return m?.[1] ?? m?.[2] ?? e.site;
}
