/**
 * `node --import leakguard/register app.js`: starts the runtime leak finder before the app
 * loads, configured by LEAKGUARD_* environment variables (see docs/detect.md). Runs in the
 * main thread only (a worker thread that runs the preload gets no finder, nor the copies hook),
 * and not in a package manager's own process (`npm start`) nor a launcher's (tsx's CLI,
 * nodemon, concurrently, pm2's CLI and daemon, ts-node in child mode: see wrapper.ts), which
 * only pass the preload on to the app they start.
 *
 * Experimental, like the rest of `leakguard/detect`: its environment variables may still change.
 *
 * @experimental
 * @module
 */
import { isMainThread } from 'node:worker_threads';
import { passedOverAs } from './wrapper.js';

// The rest is imported only where the finder runs: npm's process loads this file and wrapper.ts.
if (isMainThread && passedOverAs(process.argv[1], process.argv.slice(2)) === undefined) {
  const { readRegisterConfig } = await import('./env.js');
  const { installOutputs } = await import('./outputs.js');
  const { LeakFinder, currentLeakFinder, startLeakFinder } = await import('./finder.js');
  const { trackLoadedCopies, trackOtherCopies } = await import('./copies.js');
  if (currentLeakFinder()?.running !== true) {
    const cfg = readRegisterConfig();
    for (const line of cfg.warnings) process.stderr.write(line + '\n');
    // Built (and validated) before anything is hooked; outputs are wired before start so their
    // own exit/signal handlers are not among the tracked listeners.
    const finder = new LeakFinder(cfg.finder);
    installOutputs(finder, cfg);
    // The app's own leakguard, if it is another install than this one: its Signal too.
    trackOtherCopies([process.argv[1], process.cwd() + '/']);
    // And any copy the app loads later by name (a dependency's own nested leakguard): for the
    // life of the process, like the finder. LEAKGUARD_COPIES_HOOK=0 leaves it out (its cost is
    // at start-up: a module-hooks thread on Node 20).
    if (cfg.copiesHook) trackLoadedCopies();
    startLeakFinder(finder);
  }
}
