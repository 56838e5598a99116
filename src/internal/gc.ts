/**
 * Forced garbage collection through a safe path: `globalThis.gc` when the process runs with
 * --expose-gc, else V8's flag is set at run time and `gc` is taken from a fresh vm context.
 * The flag change only makes `gc` available to new contexts; the app's global object is not
 * touched (no `globalThis.gc` appears).
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import { nativeSetImmediate } from './natives.js';

type GcFn = (options?: { type?: 'major' | 'minor'; execution?: 'sync' | 'async' }) => void;

let cached: GcFn | null | undefined;

/** The gc function, or null when this runtime does not allow one. */
export function getGc(): GcFn | null {
  if (cached !== undefined) return cached;
  const g = (globalThis as { gc?: GcFn }).gc;
  if (typeof g === 'function') return (cached = g);
  try {
    v8.setFlagsFromString('--expose-gc');
    const fn = vm.runInNewContext('gc') as unknown;
    cached = typeof fn === 'function' ? (fn as GcFn) : null;
  } catch {
    cached = null;
  }
  return cached;
}

/** Runs a full, synchronous collection; false when no gc is available. */
export function collectGarbage(): boolean {
  const gc = getGc();
  if (gc === null) return false;
  gc();
  return true;
}

/**
 * Full collections with turns of the event loop in between, so FinalizationRegistry callbacks
 * and weak-reference clearing settle (objects freed by a finalizer need a second pass).
 */
export async function settleGarbage(rounds = 2): Promise<boolean> {
  for (let i = 0; i < rounds; i++) {
    if (!collectGarbage()) return false;
    await new Promise<void>((r) => nativeSetImmediate(r));
  }
  return true;
}
