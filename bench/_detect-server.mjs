// HTTP server for bench/detect.ts: a typical handler (a per-request timer that is cleared, a
// listener that is removed, a JSON body). Prints its port on stdout; on SIGUSR2 prints the
// CPU time it used so far (µs); exits on SIGTERM.
import http from 'node:http';
import { EventEmitter } from 'node:events';

const bus = new EventEmitter();
bus.setMaxListeners(0);
const server = http.createServer((req, res) => {
  const timer = setTimeout(() => res.destroy(), 30_000);
  const onShutdown = () => res.end();
  bus.on('shutdown', onShutdown);
  res.on('finish', () => {
    clearTimeout(timer);
    bus.off('shutdown', onShutdown);
  });
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify({ ok: true, path: req.url }));
});
server.listen(0, '127.0.0.1', () => process.stdout.write(`port ${server.address().port}\n`));
process.on('SIGUSR2', () => {
  const u = process.cpuUsage();
  process.stdout.write(`cpu ${u.user + u.system}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
