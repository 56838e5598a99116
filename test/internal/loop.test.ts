// appHoldsLoop (src/internal/loop.ts): what the runtime finder asks before an interval tick
// forces a GC. Run in a child of its own (stdout and stderr pipes, nothing else running), so
// that the only resources are the ones each step makes.
import { describe, expect, it } from 'vitest';
import { runScript } from '../helpers/script.js';

describe('appHoldsLoop', () => {
  it('is true while a ref’d timer, immediate or server holds the loop, false once only stdio and unref’d timers are left', async () => {
    const r = await runScript(
      ['internal'],
      { loop: 'internal/loop.js' },
      `
      import net from 'node:net';
      const seen = {};
      // stdout and stderr exist (pipes here): listed while they exist, yet they hold nothing
      console.log('start');
      process.stderr.write('');
      // start-up leaves a request or two in flight (Node 20: a CloseReq): one turn settles them
      await new Promise((resolve) => setImmediate(resolve));
      const bg = setInterval(() => {}, 1000);
      bg.unref();
      seen.idle = loop.appHoldsLoop();
      const t = setInterval(() => {}, 1000);
      seen.interval = loop.appHoldsLoop();
      clearInterval(t);
      seen.cleared = loop.appHoldsLoop();
      const im = setImmediate(() => {});
      seen.immediate = loop.appHoldsLoop();
      clearImmediate(im);
      const server = net.createServer();
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      seen.server = loop.appHoldsLoop();
      server.unref();
      seen.serverUnref = loop.appHoldsLoop();
      await new Promise((resolve) => server.close(resolve));
      seen.closed = loop.appHoldsLoop();
      clearInterval(bg);
      console.log(JSON.stringify(seen));
      `,
    );
    expect(r.code, r.stderr).toBe(0);
    const seen = JSON.parse(r.stdout.trim().split('\n').pop()!) as Record<string, boolean | null>;
    expect(seen).toEqual({
      idle: false,
      interval: true,
      cleared: false,
      immediate: true,
      server: true,
      serverUnref: false,
      closed: false,
    });
  });
});
