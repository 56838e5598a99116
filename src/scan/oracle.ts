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

export interface TypeOracle {
  returnKind(call: CallExpression, calleeName: string): ReturnKind;
}
