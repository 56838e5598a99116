// What the typed path knows that the syntax cannot tell: what a call returns.
import type { CallExpression } from './syntax.js';

/**
 * - `disposable`: an object with dispose / unsubscribe / Symbol.dispose / Symbol.asyncDispose;
 * - `unsubscribe`: a function returned by a subscribe-like call (`const off = bus.on(...)`);
 * - `emitter`: the receiver handed back for chaining (Node's `emitter.on` returns `this`);
 * - `kept`: a disposable its receiver keeps and ends itself: the receiver's class, or a base
 *   class of it, is a container of cleanups (`scope.setTimeout(…)` of leakguard's Scope);
 * - `promise`: a thenable (no-floating-promises territory, not ours);
 * - `other`: anything else that is known;
 * - `unknown`: no type information (any, error type, or no program): fall back to syntax.
 */
export type ReturnKind =
  'disposable' | 'unsubscribe' | 'kept' | 'emitter' | 'promise' | 'other' | 'unknown';

/**
 * The method of the receiver's declared type that undoes a call (`deleteHandler` for
 * `conn.addHandler(fn)`), and how it is told which registration to undo: `handle` when it
 * takes what the call returns, `argument` when it takes the call's first argument again.
 */
export interface UndoPair {
  readonly undo: string;
  readonly by: 'handle' | 'argument';
}

export interface TypeOracle {
  returnKind(call: CallExpression, calleeName: string): ReturnKind;
  /**
   * The undo method of a method call that registers a function on its receiver, read from the
   * receiver's declared type, or null (no such method, no handler passed, an opaque receiver,
   * or a receiver typed by TypeScript's default lib or Node's declarations). Only asked about
   * calls whose name is in the verb table of rules/undo.ts.
   */
  undoOf(call: CallExpression, undoNames: readonly string[]): UndoPair | null;
}
