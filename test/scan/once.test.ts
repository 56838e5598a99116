// Candidate Z of issue #16 (src/scan/rules/once.ts; scan-corpus/clean/README.md, "A fifth fresh
// batch and candidate Z"): a registration or timer directly in a function the module runs once —
// an IIFE at top level, or a module-level function the file names only in one such call — is
// treated as module top level is; the shapes next to it that still are reported. Synthetic code
// in the shape of app mains and CLI entries, not copied from a corpus.
import { RuleTester } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/eslint/index.js';
import { analyze } from '../../src/scan/analyze.js';
import { loadOxc, parseFile, visitorKeys } from '../../src/scan/parse.js';
import { scan } from '../../src/scan/scanner.js';
import { suppress } from '../../src/scan/suppress.js';
import { tempTrees } from './support/tree.js';

const tree = tempTrees('leakguard-once-');

RuleTester.describe = describe;
RuleTester.it = it;

const tester = new RuleTester({
  languageOptions: { parser: tsParser, ecmaVersion: 2022, sourceType: 'module' },
});
const err = (n = 1) => Array.from({ length: n }, () => ({ messageId: 'finding' }));

tester.run('once function (no-unmanaged-listener)', rules['no-unmanaged-listener'], {
  valid: [
    // a top-level IIFE, async or not, behind void / ! / .catch()
    `(async () => { io.on('connection', (s) => serve(s)); await server.listen(3000); })();`,
    `(function () { window.socket.on('refresh', () => location.reload()); })();`,
    `void (async () => { process.on('SIGINT', () => process.exit(0)); })();`,
    `!function () { bus.on('x', handle); }();`,
    `(async () => { bus.on('x', handle); })().catch((e) => console.error(e));`,
    // main() called once at top level, and what main() calls once
    `async function main() { process.on('SIGTERM', stop); setup(); }
     function setup() { process.on('uncaughtException', log); }
     main().catch(fail);`,
    `const run = async () => { server.httpServer.once('error', exit); }; if (require.main === module) run();`,
    // an IIFE directly inside a once function
    `function main() { (() => { bus.on('y', h); })(); } main();`,
    // an array walk at top level runs now, once per element, as a top-level for…of does
    `['SIGTERM', 'SIGINT'].forEach(function (sig) { process.on(sig, async () => { await stop(sig); }); });`,
    `const SIGNALS = ['SIGHUP', 'SIGQUIT']; SIGNALS.forEach((sig) => process.on(sig, () => stop(sig)));`,
    `for (const sig of ['SIGHUP', 'SIGQUIT']) process.on(sig, () => stop(sig));`,
    // louislam/uptime-kuma server/server.js, trimmed (held-out clean set, where Z was read
    // from): the app's main body is a top-level async IIFE
    `(async () => {
       Database.initDataDir(args);
       log.debug("server", "Adding socket handler");
       io.on("connection", async (socket) => {
         await sendInfo(socket, true);
         if (needSetup) { socket.emit("setup"); }
       });
       server.httpServer.once("error", async (err) => {
         log.error("server", "Cannot listen: " + err.message);
         await shutdownFunction();
         process.exit(1);
       });
       await server.start();
       await cloudflaredAutoStart(cloudflaredToken);
     })();`,
  ],
  invalid: [
    // called twice: each call adds another
    {
      code: `function arm() { process.on('SIGHUP', reload); } arm(); arm();`,
      errors: err(),
    },
    // exported (others may call it), or handed on
    {
      code: `function main() { process.on('exit', flush); } main(); module.exports = { main };`,
      errors: err(),
    },
    {
      code: `export function main() { process.on('exit', flush); } main();`,
      errors: err(),
    },
    {
      code: `function main() { process.on('exit', flush); } main(); setTimeout(main, 10);`,
      errors: err(),
    },
    // a call in a loop, or in a callback, runs when they run
    {
      code: `function attach() { bus.on('x', h); } for (const p of ports) attach();`,
      errors: err(),
    },
    {
      code: `function attach() { bus.on('x', h); } server.on('connection', () => attach());`,
      errors: err(),
    },
    // inside the once function, a loop or a callback is not "directly"
    {
      code: `(async () => { for (const c of clients) bus.on('x', () => c.ping()); })();`,
      errors: err(),
    },
    {
      code: `(async () => { io.on('connection', (socket) => { bus.on('tick', () => socket.emit('t')); }); })();`,
      errors: err(),
    },
    // an array walk inside a handler runs per event
    {
      code: `io.on('connection', () => { ['a', 'b'].forEach((e) => bus.on(e, h)); });`,
      errors: err(),
    },
    // an IIFE that is not a top-level statement (inside a handler) runs per event
    {
      code: `io.on('connection', () => { (() => { bus.on('x', h); })(); });`,
      errors: err(),
    },
  ],
});

tester.run('once function (no-unmanaged-timer)', rules['no-unmanaged-timer'], {
  valid: [
    `(async () => { setInterval(() => report(), 60_000); })();`,
    `function main() { setInterval(sweep, 1000); } main();`,
  ],
  invalid: [
    {
      code: `function start() { setInterval(sweep, 1000); } start(); start();`,
      errors: err(),
    },
  ],
});

// `leakguard-once` (src/scan/rules/once.ts): the author marks a function, method or class
// constructor as code that runs once per process; its direct body is treated as a once
// function's, on both parsers and in the ESLint plugin (RuleTester above is the plugin).
tester.run('leakguard-once annotation (no-unmanaged-listener)', rules['no-unmanaged-listener'], {
  valid: [
    `class Hub { // leakguard-once -- one Hub per process
       constructor(bus) { bus.on('a', () => this.x()); } x() {} }`,
    `// leakguard-once -- made once in main.ts
     class Hub { constructor(bus) { bus.on('a', () => this.x()); } x() {} }`,
    `class Hub { /** @leakguard-once set up at start */ init(bus) { bus.on('b', () => 1); } }`,
    `// leakguard-once -- the CLI's entry
     export async function run(app) { process.on('SIGINT', () => app.stop()); }`,
    `/* leakguard-once */ export const setup = (app) => { app.bus.on('x', () => 1); };`,
    `// leakguard-once
     module.exports = function (core) { core.on('rooms:new', (r) => r.index()); };`,
  ],
  invalid: [
    // only the marked function: another method of the class is checked as before
    {
      code: `class Hub { // leakguard-once
               constructor(bus) { this.bus = bus; bus.on('a', () => 1); }
               later() { this.bus.on('c', () => 1); } }`,
      errors: err(),
    },
    // loops and callbacks inside the marked function run when they run
    {
      code: `// leakguard-once
             function run(app, keys) {
               for (const k of keys) app.bus.on(k, () => 1);
               app.server.on('connection', (s) => { app.bus.on('d', () => s.ping()); });
             }`,
      errors: err(2),
    },
    // an ordinary comment that only mentions it
    {
      code: `// see leakguard-once in the docs
             function run(app) { process.on('SIGINT', () => app.stop()); }`,
      errors: err(),
    },
  ],
});

tester.run('leakguard-once misplaced (ESLint plugin)', rules['no-unmanaged-listener'], {
  valid: [],
  invalid: [
    {
      code: `// leakguard-once -- not above a function
             const limit = 10;`,
      errors: [{ messageId: 'directive' }],
    },
  ],
});

describe('leakguard-once annotation in the scanner', () => {
  const src = `// leakguard-once -- one per process
export function main(app) {
  process.on('SIGINT', () => app.stop());
  setInterval(() => app.sweep(), 1000);
}
// leakguard-once
const limit = 10;
export function other(app) { process.on('SIGTERM', () => app.stop()); }
// leakguard-once -- a class without a constructor has no body of its own to mark
export class Registry { add(bus) { bus.on('x', () => 1); } }
// leakguard-once -- an export list holds no function
export { limit };
`;
  for (const parser of ['typescript-estree', 'oxc'] as const) {
    it(`honours it and reports a misplaced one (${parser})`, () => {
      if (parser === 'oxc' && loadOxc() === null) throw new Error('oxc-parser is not installed');
      const program = parseFile(src, 'a.ts', parser);
      const found = analyze(program, src, { visitorKeys: visitorKeys() });
      expect(found.map((f) => `${f.line} ${f.rule}`)).toEqual([
        '8 no-unmanaged-listener',
        '10 no-unmanaged-listener',
      ]);
      const misplaced = (line: number) => ({
        line,
        column: 1,
        message: expect.stringContaining('leakguard-once marks nothing here') as unknown,
      });
      const kept = suppress(src, program.comments ?? [], found, { program });
      expect(kept.problems).toEqual([misplaced(6), misplaced(9), misplaced(11)]);
      // Without the program, placement is not checked (nothing else is read from it).
      expect(suppress(src, program.comments ?? [], found).problems).toEqual([]);
    });
  }
});

describe('leakguard-once through scan()', () => {
  it('honours a mark and lists a misplaced one as a directive problem', () => {
    const cwd = tree({
      'a.ts': `// leakguard-once
export function main(app) { process.on('SIGINT', () => app.stop()); }
// leakguard-once
export const limit = 10;
`,
    });
    const r = scan({ cwd, paths: ['a.ts'] });
    expect(r.reports).toEqual([]);
    expect(r.directiveProblems.map((p) => `${p.file}:${p.line}`)).toEqual(['a.ts:3']);
  });
});
