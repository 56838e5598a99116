// Exemptions for the false-finding shapes of issue #16, each pinned by a trimmed snippet of real
// code from the TUNING half (scan-corpus/clean/ tuning projects: express, moleculer, restify,
// trpc; scan-corpus/fixes/ cases whose repository is in the tuning half), cited by repository and
// path, next to the closest leak the exemption must still report.
import { RuleTester } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { describe, it } from 'vitest';
import { rules } from '../../src/eslint/index.js';

RuleTester.describe = describe;
RuleTester.it = it;

const tester = new RuleTester({
  languageOptions: { parser: tsParser, ecmaVersion: 2022, sourceType: 'module' },
});
const err = (n = 1) => Array.from({ length: n }, () => ({ messageId: 'finding' }));

// 4. guarded: the registration runs only while an enclosing `if` says "not yet", and its branch
// makes it so.
tester.run('guarded (no-unmanaged-listener)', rules['no-unmanaged-listener'], {
  valid: [
    // moleculerjs/moleculer src/strategies/latency.js (claims the master role once per bus)
    `class LatencyStrategy { constructor(registry, broker) { this.broker = broker;
       if (this.broker.localBus.listenerCount("$node.latencyMaster") === 0) {
         this.broker.localBus.on("$node.latencyMaster", function () {});
         this.broker.localBus.on("$node.pong", this.processPong.bind(this));
       } } processPong() {} }`,
    // moleculerjs/moleculer src/registry/discoverers/etcd3.js (the lease is made in the branch)
    `class Etcd3Discoverer { sendHeartbeat() { let leaseBeat = this.leaseBeat;
       return this.client.get("x").then(() => {
         if (!leaseBeat) {
           leaseBeat = this.client.lease(this.opts.heartbeatTimeout);
           leaseBeat.on("lost", err => { this.leaseBeat = null; });
         } }); } }`,
    // membership: the receiver is recorded before the listener is added
    `class Tracker { watch(sock) { if (!this.seen.has(sock)) { this.seen.add(sock); this.bus.on('x', () => sock.ping()); } } }`,
    `class Lazy { start() { if (this.server === undefined) { this.server = makeServer(); this.bus.on('stop', () => this.server.close()); } } }`,
  ],
  invalid: [
    // the test says "not yet" but the branch never makes it so: every call adds another
    {
      code: `class A { watch(sock) { if (!this.seen.has(sock)) { this.bus.on('x', () => sock.ping()); } } }`,
      errors: err(),
    },
    {
      code: `class A { start(opts) { if (!opts.quiet) { this.bus.on('x', () => this.log()); } } log() {} }`,
      errors: err(),
    },
    // the branch sets the flag only inside a callback that may never run
    {
      code: `class A { start() { if (!this.ready) { this.bus.on('x', () => { this.ready = true; }); } } }`,
      errors: err(),
    },
  ],
});

tester.run('guarded (no-repeated-registration)', rules['no-repeated-registration'], {
  valid: [
    // restify/node-restify lib/server.js proxyEventWhenListenerAdded
    `function proxyEventWhenListenerAdded(eventName, wrapperEmitter, wrappedEmitter) {
       var isEventProxied = false;
       wrapperEmitter.on('newListener', function onNewListener(handledEventName) {
         if (handledEventName === eventName && !isEventProxied) {
           isEventProxied = true;
           wrappedEmitter.on(eventName, wrapperEmitter.emit.bind(wrapperEmitter, eventName));
         }
       });
     }`,
  ],
  invalid: [
    {
      code: `function proxy(eventName, wrapperEmitter, wrappedEmitter) {
         wrapperEmitter.on('newListener', function (handled) {
           if (handled === eventName) wrappedEmitter.on(eventName, () => {});
         });
       }`,
      errors: err(),
    },
  ],
});

// 1. short-lived-receiver: the receiver is a per-use stream or socket, or an object the class
// makes itself when it is not handed one.
tester.run('short-lived receiver (no-unmanaged-listener)', rules['no-unmanaged-listener'], {
  valid: [
    // trpc/trpc packages/client/src/links/wsLink/wsClient/wsClient.ts (a declared WebSocket)
    `class WsClient { private setupWebSocketListeners(ws: WebSocket) {
       ws.addEventListener('open', () => { this.open(); });
       ws.addEventListener('close', (event) => { this.close(event); }); } }`,
    // trpc/trpc packages/server/src/unstable-core-do-not-import/stream/jsonl.ts
    `const nodeJsStreamToReaderEsque = (source: NodeJSReadableStreamEsque) => ({
       getReader() { return new ReadableStream({ start(controller) {
         source.on('data', (chunk) => { controller.enqueue(chunk); });
         source.on('end', () => { controller.close(); }); } }).getReader(); } });`,
    // grpc/grpc-node packages/grpc-js/src/call-stream.ts (fix corpus, tuning half)
    `class Http2CallStream { attachHttp2Stream(stream: http2.ClientHttp2Stream): void {
       this.http2Stream = stream;
       stream.on('response', (headers, flags) => { this.handleResponse(headers); }); } }`,
    // moleculerjs/moleculer src/transit.js (the request's own stream, from the call's options)
    `class Transit { _sendRequest(ctx, resolve, reject) {
       if (ctx.options.stream) {
         const pass = ctx.options.stream;
         pass.on("moleculer-timeout-middleware", timeout => { this.destroy(pass, timeout); });
       }
       return this.publish(ctx).then(() => {
         const { stream } = ctx.options;
         stream.on("data", chunk => { stream.pause(); this.send(chunk); });
       }); } }`,
    // brianc/node-postgres lib/connection.js (fix corpus, tuning half): the connection makes its
    // own socket unless it is handed one
    `var Connection = function(config) { config = config || {}; this.stream = config.stream || new net.Stream(); };
     Connection.prototype.connect = function(port, host) {
       var self = this;
       this.stream.on('connect', function() { self.emit('connect'); }); };`,
  ],
  invalid: [
    // a long-lived emitter handed in, typed or not
    {
      code: `class A { attach(wss: WebSocketServer) { wss.on('connection', () => this.count++); } }`,
      errors: err(),
    },
    {
      code: `class A { attach(bus) { bus.on('message', (m) => this.handle(m)); } handle() {} }`,
      errors: err(),
    },
    // a field set from what the caller hands in: not the object's own
    {
      code: `var C = function(config) { this.stream = config.stream; };
             C.prototype.connect = function() { this.stream.on('connect', function() {}); };`,
      errors: err(),
    },
  ],
});
