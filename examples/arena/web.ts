/**
 * The game page: three static files read once at start (they are small) and served from
 * memory. No framework — the page is plain HTML/JS talking the protocol in protocol.ts. Also
 * `listen()`, shared by the arena and the fleet's balancer.
 */
import { readFileSync } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

const FILES: Record<string, [file: string, type: string]> = {
  '/': ['index.html', 'text/html; charset=utf-8'],
  '/index.html': ['index.html', 'text/html; charset=utf-8'],
  '/app.js': ['app.js', 'text/javascript; charset=utf-8'],
  '/style.css': ['style.css', 'text/css; charset=utf-8'],
};

export type Route = (req: IncomingMessage, res: ServerResponse, path: string) => boolean;

export function staticRoutes(): Route {
  const dir = new URL('./public/', import.meta.url);
  const cache = new Map<string, [Buffer, string]>();
  for (const [path, [file, type]] of Object.entries(FILES))
    cache.set(path, [readFileSync(new URL(file, dir)), type]);
  return (req, res, path) => {
    const hit = cache.get(path);
    if (hit === undefined || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
    res.writeHead(200, {
      'content-type': hit[1],
      'content-length': hit[0].length,
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    res.end(req.method === 'HEAD' ? undefined : hit[0]);
    return true;
  };
}

export function json(res: ServerResponse, status: number, body: unknown): void {
  const data = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(data),
  });
  res.end(data);
}

/**
 * `server.listen(port, host)` as a promise: resolves once listening, rejects with the listen
 * error (port taken, host unknown) without leaving the error listener behind.
 */
export function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}
