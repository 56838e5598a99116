// The request handler the runtime finder's overhead benches serve (bench/_detect-server.mjs,
// bench/_heap-app.mjs, bench/_heap-toggle.mjs): a typical one, with a per-request timer that is
// cleared and a listener on a long-lived emitter that is removed, and a JSON body. `work(req)`
// runs in the middle (a scenario's own work); what it returns is the body's `extra` (left out
// of the JSON when undefined).
import { EventEmitter } from 'node:events';

export function typicalHandler(work = () => undefined) {
  const bus = new EventEmitter();
  bus.setMaxListeners(0);
  return function handle(req, res) {
    const timer = setTimeout(() => res.destroy(), 30_000);
    const onShutdown = () => res.end();
    bus.on('shutdown', onShutdown);
    res.on('finish', () => {
      clearTimeout(timer);
      bus.off('shutdown', onShutdown);
    });
    const extra = work(req);
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ ok: true, path: req.url, extra }));
  };
}
