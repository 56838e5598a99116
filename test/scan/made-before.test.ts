// Candidate G of issue #16 (src/scan/rules/lifetime.ts receiverMadeBefore; scan-corpus/clean/
// README.md, "A seventeenth fresh batch and candidate G"): a listener on a receiver the function
// gave a fresh object in an earlier statement of a block that holds the registration is not
// reported; the shapes next to it that still are. Synthetic code in the shape of an Electron
// main process and of clients that make their connections, not copied from a corpus.
import { RuleTester } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { afterAll, describe, expect, it } from 'vitest';
import { rules } from '../../src/eslint/index.js';
import { analyze } from '../../src/scan/analyze.js';
import { setAblations } from '../../src/scan/rules/ablate.js';
import { parseFile } from '../../src/scan/parse.js';

RuleTester.describe = describe;
RuleTester.it = it;

const tester = new RuleTester({
  languageOptions: { parser: tsParser, ecmaVersion: 2022, sourceType: 'module' },
});
const err = (n = 1) => Array.from({ length: n }, () => ({ messageId: 'finding' }));

tester.run('made before (no-unmanaged-listener)', rules['no-unmanaged-listener'], {
  valid: [
    // an outer variable, and a part of what it holds
    `let win;
     export function createWindow() {
       win = new BrowserWindow({ width: 800 });
       win.webContents.on('did-finish-load', () => win.show());
       win.on('closed', () => { win = null; });
     }`,
    // a field given an awaited call's result (not a shared accessor)
    `export class Room { async enableChat() {
       this._producer = await this._transport.produceData({ label: 'chat' });
       this._producer.on('open', () => this.log('open'));
     } log() {} }`,
    // a member path with a computed part, in a loop body block
    `export async function initialize(api) {
       for (const r of ['client', 'subscriber']) {
         api.redis.clients[r] = await buildClient(r);
         api.redis.clients[r].on('error', (e) => api.log(e));
       } }`,
    // the registration sits in a block below the assignment's block
    `let child;
     export function launch(cmd) {
       child = spawnWorker(cmd);
       if (cmd.verbose) { child.stdout.on('data', (d) => console.log(String(d))); }
     }`,
  ],
  invalid: [
    // assigned only under a test: when the test fails the listener goes on the old object
    {
      code: `let rep;
       export function ready(self) {
         if (!rep) { rep = makeReplicant('bundles'); }
         rep.on('change', () => self.update());
       }`,
      errors: err(),
    },
    // a shared accessor's result is no fresh object
    {
      code: `let bus;
       export function mount(self) { bus = getBus(); bus.on('x', () => self.update()); }`,
      errors: err(),
    },
    // assigned again between (whatever the other value is), or after the registration
    {
      code: `let conn;
       export function open(shared, self) {
         conn = new Connection();
         if (self.reuse) conn = shared;
         conn.on('data', () => self.read());
       }`,
      errors: err(),
    },
    {
      code: `let conn;
       export function open(self) { conn.on('data', () => self.read()); conn = new Connection(); }`,
      errors: err(),
    },
    // a long-lived property of the new object: what it may have been handed
    {
      code: `let client;
       export function connect(self) {
         client = new Client(self.socket);
         client.socket.on('data', () => self.count++);
       }`,
      errors: err(),
    },
    // assigned in a nested function: not this run's object
    {
      code: `let win;
       export function watch(self) {
         self.on('ready', () => { win = new BrowserWindow(); });
         win.on('closed', () => self.stop());
       }`,
      errors: err(),
    },
  ],
});

describe('made before: ablation', () => {
  afterAll(() => setAblations(new Set()));
  it('each exempted shape above is reported with the exemption switched off', () => {
    const code = `let win;
      export function createWindow() {
        win = new BrowserWindow({ width: 800 });
        win.webContents.on('did-finish-load', () => win.show());
      }`;
    const count = (): number =>
      analyze(parseFile(code, 'a.ts'), code).filter((f) => f.rule === 'no-unmanaged-listener')
        .length;
    expect(count()).toBe(0);
    setAblations(new Set(['listener.made-before']));
    expect(count()).toBe(1);
  });
});
