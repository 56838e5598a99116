/**
 * `node --import leakguard/register app.js`: starts the runtime leak finder before the app
 * loads, configured by LEAKGUARD_* environment variables (see docs/detect.md). Runs in the
 * main thread only (worker threads share the preload but get no finder).
 *
 * Experimental, like the rest of `leakguard/detect`: its environment variables may still change.
 *
 * @experimental
 * @module
 */
import { isMainThread } from 'node:worker_threads';
import { readRegisterConfig } from './env.js';
import { installOutputs } from './outputs.js';
import { LeakFinder, currentLeakFinder, startLeakFinder } from './finder.js';
import { trackOtherCopies } from './copies.js';

if (isMainThread && currentLeakFinder()?.running !== true) {
  const cfg = readRegisterConfig();
  for (const line of cfg.warnings) process.stderr.write(line + '\n');
  // Built (and validated) before anything is hooked; outputs are wired before start so their
  // own exit/signal handlers are not among the tracked listeners.
  const finder = new LeakFinder(cfg.finder);
  installOutputs(finder, cfg);
  // The app's own leakguard, if it is another install than this one: its Signal too.
  trackOtherCopies([process.argv[1], process.cwd() + '/']);
  startLeakFinder(finder);
}
