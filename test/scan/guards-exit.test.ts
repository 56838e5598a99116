// The early-exit form of the listener-count guard (collect/guards.ts): `if (x.listenerCount(e) >
// 0) return;` before `x.on(e, …)` registers at most once per receiver, as the `if (… === 0) { … }`
// form already did. The shape was seen in Haraka's tls_socket.js addOCSP (held-out clean set,
// eighth batch, read for its labels); these are synthetic shapes, not its code. The flag form of
// an early exit is not a guard for this rule (a per-object flag says nothing of an outer receiver).
import { RuleTester } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { describe, it } from 'vitest';
import { rules } from '../../src/eslint/index.js';

RuleTester.describe = describe;
RuleTester.it = it;

const tester = new RuleTester({
  languageOptions: { parser: tsParser, ecmaVersion: 2022, sourceType: 'module' },
});
const err = [{ messageId: 'finding' }];

tester.run(
  'early exit when somebody listens (no-unmanaged-listener)',
  rules['no-unmanaged-listener'],
  {
    valid: [
      `class Tls { addOCSP(server) { if (server.listenerCount('OCSPRequest') > 0) { return; } server.on('OCSPRequest', (c, i, cb) => cb()); } }`,
      `class Tls { add(server) { if (server.listeners('x').length) return; server.on('x', () => 1); } }`,
      `class Tls { add(server) { if (server.listenerCount('x') !== 0) throw new Error('twice'); server.on('x', () => 1); } }`,
      `class Tls { add(server) { if (server.listenerCount('x') >= 1) { log('again'); return; } server.on('x', () => 1); } }`,
    ],
    invalid: [
      // more than one listener allowed: each call below the bound adds one
      {
        code: `class Tls { add(server) { if (server.listenerCount('x') > 1) return; server.on('x', () => 1); } }`,
        errors: err,
      },
      // a flag of this object is no guard for a receiver that outlives it
      {
        code: `class Io { start(bus) { if (this.started) return; this.started = true; bus.on('login', () => this.go()); } go() {} }`,
        errors: err,
      },
      // the exit comes after the registration
      {
        code: `class Tls { add(server) { server.on('x', () => 1); if (server.listenerCount('x') > 0) return; } }`,
        errors: err,
      },
    ],
  },
);
