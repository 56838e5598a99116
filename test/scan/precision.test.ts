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
