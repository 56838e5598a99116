import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gcFn: (() => void) | undefined = (globalThis as { gc?: () => void }).gc;

/** A real major GC, whether or not the process was started with --expose-gc. */
export function forceGc(): void {
  if (gcFn === undefined) {
    setFlagsFromString('--expose-gc');
    gcFn = runInNewContext('gc') as () => void;
  }
  gcFn();
}

/**
 * Lets the current job end (WeakRef targets deref'd in it are kept until then), then collects.
 */
export async function collect(): Promise<void> {
  await new Promise((r) => setTimeout(r, 0));
  forceGc();
  await new Promise((r) => setTimeout(r, 0));
  forceGc();
}
