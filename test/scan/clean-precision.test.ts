// False findings on clean server code (issue #16, scan-corpus/clean/): each case is a small
// excerpt of real code from the TUNING set (never the held-out set), trimmed to what the
// finding needs, next to a control that must still be reported.
//
// Excerpts: moleculerjs/moleculer @ 503273f332892132e6b7e324ca963ec90bf256a1 (MIT, Copyright (c)
// 2018 Icebob); restify/node-restify @ 009f40b31612940edd196319178c574e49c85bb8 (MIT, Copyright
// (c) 2011 Mark Cavage); trpc/trpc @ 340811ba5320637fbaf48fccf3dbfdd258bd34db (MIT, Copyright (c)
// 2023 Alex Johansson).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/scan/analyze.js';
import { parseFile, visitorKeys } from '../../src/scan/parse.js';

function findings(src: string, file = 'x.js'): string[] {
  const out: string[] = [];
  for (const parser of ['oxc', 'typescript-estree'] as const) {
    const program = parseFile(src, file, parser);
    const got = analyze(program, src, { visitorKeys: visitorKeys() }).map(
      (f) => `${f.rule}@${f.line}`,
    );
    out.push(got.join(','));
  }
  // Both parsers must agree (docs/scan.md); return one list.
  expect(out[1]).toBe(out[0]);
  return out[0] === '' ? [] : out[0]!.split(',');
}

describe('category 2: the receiver is created by the call or belongs to one request', () => {
  it('a stream a method obtains from a client call (moleculer src/cachers/redis.js)', () => {
    const src = `class RedisCacher {
	_nodeScanDel(node, pattern) {
		return new Promise((resolve, reject) => {
			const stream = node.scanStream({
				match: pattern,
				count: 100
			});

			stream.on("data", (keys = []) => {
				stream.pause();
				node.del(keys).then(() => stream.resume()).catch(err => reject(err));
			});

			stream.on("error", err => {
				reject(err);
			});

			stream.on("end", () => {
				resolve();
			});
		});
	}
}`;
    expect(findings(src)).toEqual([]);
  });

  it('clients a connect() creates through a get…Client() helper (moleculer src/transporters/redis.js)', () => {
    const src = `class RedisTransporter {
	connect() {
		return new this.broker.Promise((resolve, reject) => {
			let clientSub = this.getRedisClient(this.opts);
			this._clientSub = clientSub; // For tests

			clientSub.on("ready", () => {
				let clientPub = this.getRedisClient(this.opts);
				clientPub.on("ready", () => {
					this.clientSub = clientSub;
					this.clientPub = clientPub;
					this.onConnected().then(resolve);
				});
				clientPub.on("close", () => {
					this.connected = false;
				});
			});

			clientSub.on("messageBuffer", (rawTopic, buf) => {
				this.receive(rawTopic.toString(), buf);
			});
		});
	}
}`;
    expect(findings(src)).toEqual([]);
  });

  it('a variable declared first and assigned a new object later (restify lib/index.js)', () => {
    const src = `function createServer(options) {
    var opts = Object.assign({}, options);
    var server;

    server = new Server(opts);

    if (opts.handleUncaughtExceptions) {
        server.on('uncaughtException', function onUncaughtException(req, res, route, e) {
            res.send(e);
        });
    }
    return server;
}`;
    expect(findings(src)).toEqual([]);
  });

  it('the request and response of a handler (restify lib/plugins/bodyReader.js, trpc nodeHTTPRequestHandler.ts)', () => {
    const restify = `function bodyReader(options) {
    function readBody(req, res, next) {
        var gz = zlib.createGunzip();
        req.once('end', gz.end.bind(gz));
        req.on('data', function onRequestData(chunk) {
            gz.write(chunk);
        });
        res.once('close', next);
    }
    return readBody;
}`;
    expect(findings(restify)).toEqual([]);
    const trpc = `export async function nodeHTTPRequestHandler(opts) {
  return new Promise((resolve) => {
    opts.res.once('finish', () => {
      resolve();
    });
    return opts.middleware(opts.req, opts.res, () => {});
  });
}`;
    expect(findings(trpc, 'x.ts')).toEqual([]);
  });

  it('still reports receivers it cannot see being made here (controls)', () => {
    // a parameter that is not a request, a shared accessor's result, a module-level object,
    // something reached through a local, a request listener added on every event, a pooled
    // object (it goes back to the pool with the listener), and what pipe() returns (its
    // destination, here a process-long stream)
    const src = `const bus = new EventEmitter();
function a(emitter) { emitter.on('x', () => {}); }
function b() { const hub = getHub(); hub.on('x', () => {}); }
function c() { bus.on('x', () => {}); }
function d() { const conn = makeConn(); conn.socket.on('x', () => {}); }
function e(server, req) { server.on('tick', () => { req.on('data', () => {}); }); }
async function f(pool) { const c = await pool.acquire(); c.on('error', () => {}); pool.release(c); }
function g(src) { const out = src.pipe(process.stdout); out.on('x', () => {}); }`;
    expect(findings(src)).toEqual([
      'no-unmanaged-listener@2',
      'no-unmanaged-listener@3',
      'no-unmanaged-listener@4',
      'no-unmanaged-listener@5',
      'no-unmanaged-listener@6',
      'no-repeated-registration@6',
      'no-unmanaged-listener@7',
      'no-unmanaged-listener@8',
    ]);
  });
});
