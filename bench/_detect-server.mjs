// HTTP server for bench/detect.ts: bench/_handler.mjs's typical handler. Prints its port on
// stdout; on SIGUSR2 prints the CPU time it used so far (µs); exits on SIGTERM.
import http from 'node:http';
import { typicalHandler } from './_handler.mjs';

const server = http.createServer(typicalHandler());
server.listen(0, '127.0.0.1', () => process.stdout.write(`port ${server.address().port}\n`));
process.on('SIGUSR2', () => {
  const u = process.cpuUsage();
  process.stdout.write(`cpu ${u.user + u.system}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
