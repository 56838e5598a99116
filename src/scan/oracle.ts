// What the typed path knows that the syntax cannot tell: what a call returns.
import type { CallExpression, Node } from './syntax.js';

/**
 * - `disposable`: an object with dispose / unsubscribe / Symbol.dispose / Symbol.asyncDispose;
 * - `unsubscribe`: a function returned by a subscribe-like call (`const off = bus.on(...)`);
 * - `emitter`: the receiver handed back for chaining (Node's `emitter.on` returns `this`);
 * - `promise`: a thenable (no-floating-promises territory, not ours);
 * - `other`: anything else that is known;
 * - `unknown`: no type information (any, error type, or no program): fall back to syntax.
 */
export type ReturnKind = 'disposable' | 'unsubscribe' | 'emitter' | 'promise' | 'other' | 'unknown';

export interface TypeOracle {
  returnKind(call: CallExpression, calleeName: string): ReturnKind;
  /**
   * When the value of `expr` is an object whose type, declared in the scanned project (not in a
   * declaration file: library streams, sockets and timers end by themselves or are the other
   * rules' business), says it must be ended — it has `dispose()`, `destroy()`, `close()`,
   * `stop()`, `unsubscribe()` or `[Symbol.dispose]`/`[Symbol.asyncDispose]` — the name of that
   * method; otherwise null. Optional: an oracle without it reports no such locals.
   */
  endMethod?(expr: Node): string | null;
}
