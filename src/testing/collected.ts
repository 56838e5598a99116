/**
 * expectCollected(obj): resolves once `obj` has been garbage-collected, rejects with
 * LEAKGUARD_NOT_COLLECTED after `timeoutMs`. Collection is forced (gc through the safe path,
 * see internal/gc.ts) and observed with a FinalizationRegistry.
 *
 * This function is deliberately not `async`: an async function keeps its arguments alive in
 * its suspended frame, which would keep `obj` alive forever. The caller must drop its own
 * references too:
 *
 *     let session = open();
 *     const gone = expectCollected(session);
 *     session.close();
 *     session = null;
 *     await gone;
 */
import { checkKnownKeys, optionError } from '../internal/options.js';
import { settleGarbage } from '../internal/gc.js';
import { nativeSetTimeout } from '../internal/natives.js';
import { testingError } from './errors.js';

export interface ExpectCollectedOptions {
  /**
   * Longest wait, in milliseconds.
   * @default 2000
   */
  timeoutMs?: number;
  /**
   * Label used in the failure message.
   * @default obj.constructor.name
   */
  label?: string;
}

const collected = new Set<symbol>();
const registry = new FinalizationRegistry<symbol>((token) => collected.add(token));

export function expectCollected(obj: object, options: ExpectCollectedOptions = {}): Promise<void> {
  if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function'))
    throw optionError('obj', 'an object or a function', obj);
  if (options === null || typeof options !== 'object')
    throw optionError('options', 'an object', options);
  checkKnownKeys(options, ['timeoutMs', 'label']);
  const { timeoutMs = 2000 } = options;
  if (typeof timeoutMs !== 'number' || !Number.isFinite(timeoutMs) || timeoutMs <= 0)
    throw optionError('timeoutMs', 'a positive number', timeoutMs);
  const label =
    options.label ?? ((obj as { constructor?: { name?: string } }).constructor?.name || 'object');
  const token = Symbol(label);
  registry.register(obj, token);
  return waitFor(token, label, timeoutMs);
}

async function waitFor(token: symbol, label: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await settleGarbage(2);
    if (collected.delete(token)) return;
    if (Date.now() >= deadline) break;
    await new Promise<void>((r) => nativeSetTimeout(r, 10));
  }
  throw testingError(
    'LEAKGUARD_NOT_COLLECTED',
    `${label} was not garbage-collected within ${timeoutMs} ms: something still references it`,
    { label, timeoutMs },
  );
}
