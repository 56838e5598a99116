// Candidate P of issue #16 (scan-corpus/clean/README.md, "An eleventh fresh batch and candidate
// P"): the project pass drops the "nothing removes it" findings of code the scanned files run a
// bounded number of times, across files; and keeps them where it cannot count the calls.
// Real files on disk, scanned as a user scans a project (synthetic code in the shape of the
// start-up code of servers: a bin that makes one server, which starts its services once).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { packageKind } from '../../src/scan/project.js';
import { parseAblations, setAblations } from '../../src/scan/rules/ablate.js';
import { scan, scanAsync, type ScanOptions } from '../../src/scan/scanner.js';
import { scanCli } from './support/cli.js';

let dir: string | null = null;
afterEach(() => {
  setAblations(new Set());
  if (dir !== null) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

function project(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'leakguard-project-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** `file:line rule` of every finding. */
function found(cwd: string, options: ScanOptions = {}): string[] {
  return scan({ cwd, ...options }).reports.flatMap((r) =>
    r.findings.map((f) => `${r.file}:${f.line} ${f.rule}`),
  );
}

const server = `import { Metrics } from './metrics.js';
export class Server {
  constructor(bus) {
    this.bus = bus;
    process.on('SIGTERM', () => this.stop());
    this.metrics = new Metrics();
  }
  start() {
    this.bus.on('tick', () => this.tick());
    this.iv = setInterval(() => this.tick(), 1000);
  }
  onClient(client) {
    this.bus.on('kick', () => client.close());
  }
  tick() {}
  stop() {}
}
`;
const metrics = `export class Metrics {
  constructor() {
    setInterval(() => this.sample(), 5000);
  }
  sample() {}
}
`;
const bin = `import { Server } from './server.js';
const s = new Server(globalBus);
s.start();
`;

describe('the project pass (candidate P)', () => {
  it('drops what start-up code across files runs once, in an application', () => {
    const cwd = project({
      'package.json': '{ "name": "app", "private": true }',
      'bin.js': bin,
      'server.js': server,
      'metrics.js': metrics,
    });
    // The constructor (one `new` at top level), start() (one call at top level) and the
    // constructor of Metrics (one `new` in that constructor) run once; onClient has no caller
    // here, so it may run any number of times.
    expect(found(cwd)).toEqual(['server.js:13 no-unmanaged-listener']);
    // Without the pass (a rule-level view of the same files): all five.
    expect(found(cwd, { programKind: 'library' }).sort()).toEqual(
      [
        'metrics.js:3 no-unmanaged-timer',
        'server.js:5 no-unmanaged-listener',
        'server.js:9 no-unmanaged-listener',
        'server.js:10 no-unmanaged-timer',
        'server.js:13 no-unmanaged-listener',
      ].sort(),
    );
  });

  it('keeps what a library exports: its users may call it any number of times', () => {
    const cwd = project({
      'package.json': '{ "name": "lib", "main": "server.js" }',
      'bin.js': bin,
      'server.js': server,
      'metrics.js': metrics,
    });
    expect(found(cwd)).toHaveLength(5);
    // ...unless told it is an application.
    expect(found(cwd, { programKind: 'application' })).toEqual([
      'server.js:13 no-unmanaged-listener',
    ]);
  });

  it('reads the nearest package.json: a bin makes a package an application', () => {
    expect(packageKind('{ "main": "a.js", "bin": { "x": "a.js" } }')).toBe('application');
    expect(packageKind('{ "main": "a.js" }')).toBe('library');
    expect(packageKind('{ "exports": "./a.js", "private": true }')).toBe('application');
    expect(packageKind('{ "name": "x" }')).toBe('application');
    expect(packageKind('not json')).toBe('library');
    // An Electron app's main is its main process (candidate E).
    expect(
      packageKind('{ "main": "dist/main.js", "devDependencies": { "electron": "^30" } }'),
    ).toBe('application');
    expect(packageKind('{ "main": "a.js", "dependencies": { "electron-store": "1" } }')).toBe(
      'library',
    );
    const cwd = project({
      'package.json': '{ "name": "root", "private": true }',
      'packages/lib/package.json': '{ "name": "lib", "main": "server.js" }',
      'packages/lib/server.js': server,
      'packages/lib/metrics.js': metrics,
      'bin.js': bin.replace('./server.js', './packages/lib/server.js'),
    });
    expect(found(cwd)).toHaveLength(5);
  });

  it('reads a package whose main is run, not imported, as an application (candidate AK)', () => {
    // One folder per package: its main file, or none (`built`: the main is build output).
    const exporting = [
      'module.exports = { a };',
      'exports.start = start;',
      "exports['start'] = start;",
      'export default class S {}',
      '  export const a = 1;',
      "Object.defineProperty(exports, '__esModule', { value: true });",
      "define(['x'], function (x) { return x; });",
    ];
    const cwd = project({
      'runs/index.js': "require('./server.js');\nconst s = 1;\n",
      'empty/index.js': '// This file can be empty if using node-red.nodes\n/* x */\n',
      ...Object.fromEntries(
        exporting.map((e, i) => [`exports${i}/lib/main.js`, `const x = 1;\n${e}\n`]),
      ),
      'built/src/index.ts': 'export const app = 1;\n',
    });
    const kind = (folder: string | undefined, o: object): string =>
      packageKind(
        JSON.stringify({ name: 'x', ...o }),
        folder === undefined ? undefined : join(cwd, folder),
      );
    // The main file, in the package's folder, exports nothing: it is a program's entry.
    expect(kind('runs', { main: 'index.js' })).toBe('application');
    expect(kind('runs', { main: 'index' })).toBe('application');
    expect(kind(undefined, { main: 'index.js' })).toBe('library'); // no folder: fields only
    // ...but one with no code at all (a plugin whose host reads another field) says nothing.
    expect(kind('empty', { main: 'index.js' })).toBe('library');
    // ...and any export form keeps it a library.
    exporting.forEach((e, i) =>
      expect(kind(`exports${i}`, { main: 'lib/main.js' }), e).toBe('library'),
    );
    // The start script runs the main with Node: built (dist/, build/) or with another extension.
    for (const [main, start] of [
      ['src/index.ts', 'cd dist && node src/index.js'],
      ['dist/server.js', 'tsc --build src && node dist/server.js'],
      ['discordas.js', 'node ./build/src/discordas.js'],
      ['src/index.ts', 'NODE_ENV=production nodemon --watch src src/index.ts'],
      ['index.js', 'node --max-old-space-size=4096 index.js'],
    ] as const)
      expect(kind('built', { main, scripts: { start } }), start).toBe('application');
    // ...but not another file, another script, or no runner.
    for (const [main, start] of [
      ['src/index.ts', 'node examples/index.js'],
      ['src/index.ts', 'webpack serve'],
      ['index.js', 'echo index.js'],
    ] as const)
      expect(kind('built', { main, scripts: { start } }), start).toBe('library');
    expect(kind('built', { main: 'index.js', scripts: { dev: 'node index.js' } })).toBe('library');
    // A main that exports, and no start script: a library.
    expect(kind('built', { main: 'src/index.ts' })).toBe('library');
  });

  it('lets the pass drop start-up code of a server whose package.json has a main (candidate AK)', () => {
    const serverFiles = (pkg: string): Record<string, string> => ({
      'server.js': server,
      'metrics.js': metrics,
      'bin.js': bin,
      'package.json': pkg,
    });
    const at = (folder: string, files: Record<string, string>) =>
      Object.fromEntries(Object.entries(files).map(([f, t]) => [`${folder}/${f}`, t]));
    const cwd = project({
      // A main that exports nothing: the server's own entry.
      ...at('entry', serverFiles('{ "name": "srv", "main": "bin.js" }')),
      // A start script that runs the main.
      ...at(
        'start',
        serverFiles('{ "main": "server.js", "scripts": { "start": "node server.js" } }'),
      ),
      // A main that exports, and no start script: a library, all five kept.
      ...at('lib', serverFiles('{ "name": "srv", "main": "server.js" }')),
    });
    expect(found(join(cwd, 'entry'))).toEqual(['server.js:13 no-unmanaged-listener']);
    expect(found(join(cwd, 'start'))).toEqual(['server.js:13 no-unmanaged-listener']);
    expect(found(join(cwd, 'lib'))).toHaveLength(5);
  });

  it.each([
    ['a call in a loop', 'for (const b of buses) new Server(b).start();'],
    [
      'a call in a callback',
      "const s = new Server(globalBus);\nemitter.on('restart', () => s.start());",
    ],
    [
      'the name used as a value',
      'const s = new Server(globalBus);\ns.start();\nqueue.push(s.start);',
    ],
    [
      'a second call in a function nothing calls',
      'const s = new Server(globalBus);\ns.start();\nexport function again() { s.start(); }',
    ],
  ])('keeps start() when its calls cannot be counted: %s', (_, code) => {
    const cwd = project({
      'package.json': '{ "private": true }',
      'bin.js': `import { Server } from './server.js';\n${code}\n`,
      'server.js': server,
      'metrics.js': metrics,
    });
    const lines = found(cwd);
    expect(lines).toContain('server.js:9 no-unmanaged-listener');
    expect(lines).toContain('server.js:10 no-unmanaged-timer');
  });

  it('counts calls in instance fields and parameter defaults as the code they run with', () => {
    const cwd = project({
      'package.json': '{ "private": true }',
      'lib.js': `function setup(c) {
  bus.on('tick', () => c.step());
}
function defaults() {
  bus.on('again', () => {});
  return 1;
}
class Conn {
  hook = setup(this);
  step(n = defaults()) {}
}
defaults();
`,
    });
    // setup() runs once per Conn, defaults() also once per step() call without an argument.
    expect(found(cwd)).toEqual([
      'lib.js:2 no-unmanaged-listener',
      'lib.js:5 no-unmanaged-listener',
    ]);
  });

  it('keeps a function exported under another name: its callers call it by that name', () => {
    const cwd = project({
      'package.json': '{ "private": true }',
      'lib.js': `function run() {
  bus.on('tick', () => {});
}
run();
export { run as start };
`,
      'bin.js': "import { start } from './lib.js';\nfor (const x of xs) start();\n",
    });
    expect(found(cwd)).toEqual(['lib.js:2 no-unmanaged-listener']);
  });

  it('follows once-callbacks and constructor functions', () => {
    const cwd = project({
      'package.json': '{ "private": true }',
      'app.js': `function App() {
  process.on('SIGINT', () => this.stop());
}
App.prototype.stop = function () {};
function boot() {
  setInterval(poll, 1000);
}
function poll() {}
module.exports = new App();
ready().then(() => boot());
`,
    });
    expect(found(cwd)).toEqual([]);
    expect(found(cwd, { programKind: 'library' })).toEqual([]);
  });

  it('reads a file that does not parse by its words: a name in it may be called from it', async () => {
    const cwd = project({
      'package.json': '{ "private": true }',
      'bin.js': bin,
      'server.js': server,
      'metrics.js': metrics,
      'broken.js': 'for (const s of servers) s.start(\n',
    });
    const r = scan({ cwd });
    expect(r.errors.map((e) => e.file)).toEqual(['broken.js']);
    // start() may run in broken.js's loop: what it registers stays reported; the constructors,
    // which broken.js does not name, still run once.
    const expected = ['server.js:9', 'server.js:10', 'server.js:13'];
    expect(r.reports.flatMap((x) => x.findings.map((f) => `${x.file}:${f.line}`))).toEqual(
      expected,
    );
    const threads = await scanAsync({ cwd, workers: 2 });
    expect(threads.errors.map((e) => e.file)).toEqual(['broken.js']);
    expect(threads.reports.flatMap((x) => x.findings.map((f) => `${x.file}:${f.line}`))).toEqual(
      expected,
    );
  });

  it('keeps the pass for the rest of the project when a file it cannot parse names none of it', async () => {
    const cwd = project({
      'package.json': '{ "private": true }',
      'bin.js': bin,
      'server.js': server,
      'metrics.js': metrics,
      // Babel's function-bind proposal: no parser the scan uses reads it
      'legacy.js': 'export const h = ::this.onClick;\n',
    });
    const r = scan({ cwd });
    expect(r.errors.map((e) => e.file)).toEqual(['legacy.js']);
    expect(found(cwd)).toEqual(['server.js:13 no-unmanaged-listener']);
    const threads = await scanAsync({ cwd, workers: 2 });
    expect(threads.reports.flatMap((x) => x.findings.map((f) => `${x.file}:${f.line}`))).toEqual([
      'server.js:13',
    ]);
  });

  it('drops nothing when a scanned file cannot be read: its calls are unknown', () => {
    const cwd = project({
      'package.json': '{ "private": true }',
      'bin.js': bin,
      'server.js': server,
      'metrics.js': metrics,
    });
    // a dangling symlink: listed, then not readable
    symlinkSync(join(cwd, 'missing.js'), join(cwd, 'gone.js'));
    const r = scan({ cwd });
    expect(r.errors.map((e) => e.file)).toEqual(['gone.js']);
    expect(r.reports.flatMap((x) => x.findings)).toHaveLength(5);
  });

  it('is the same on worker threads', async () => {
    const cwd = project({
      'package.json': '{ "private": true }',
      'bin.js': bin,
      'server.js': server,
      'metrics.js': metrics,
    });
    const r = await scanAsync({ cwd, workers: 2 });
    expect(r.reports.flatMap((x) => x.findings.map((f) => `${x.file}:${f.line}`))).toEqual([
      'server.js:13',
    ]);
  });

  it('does not --fix what it drops', () => {
    const cwd = project({
      'package.json': '{ "private": true }',
      'bin.js': bin,
      'server.js': server,
      'metrics.js': metrics,
    });
    const r = scan({ cwd, fix: true });
    expect(r.summary.fixed).toBe(0);
    // The same files as a library: start()'s interval is reported, and fixed in stop().
    const lib = scan({ cwd, fix: true, programKind: 'library' });
    expect(lib.summary.fixed).toBeGreaterThan(0);
    expect(readFileSync(join(cwd, 'server.js'), 'utf8')).toContain('clearInterval(this.iv)');
  });

  it('is switched off by its ablation (project.bounded-runs), for the evaluation', () => {
    const cwd = project({
      'package.json': '{ "private": true }',
      'bin.js': bin,
      'server.js': server,
      'metrics.js': metrics,
    });
    setAblations(parseAblations('project.bounded-runs'));
    expect(found(cwd)).toHaveLength(5);
  });

  it("is the CLI's --program-kind", () => {
    const cwd = project({
      'package.json': '{ "private": true }',
      'bin.js': bin,
      'server.js': server,
      'metrics.js': metrics,
    });
    const count = (...args: string[]): number => {
      const r = scanCli(cwd, '--format', 'json', ...args);
      expect(r.status, r.stderr).toBe(1);
      return (JSON.parse(r.stdout) as { findings: unknown[] }).findings.length;
    };
    expect(count()).toBe(1);
    expect(count('--program-kind', 'library')).toBe(5);
    expect(count('--program-kind', 'application')).toBe(1);
    const bad = scanCli(cwd, '--program-kind', 'app');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--program-kind/);
  });

  it('rejects an unknown programKind, naming the option', () => {
    expect(() => scan({ programKind: 'app' as never })).toThrow(/programKind/);
  });
});

// Candidate CG (scan-corpus/clean/README.md, "A thirty-first fresh batch and candidate CG"):
// calls reach the function the files say they name, not every function of the name.
describe('the project pass follows calls to what they name (candidate CG)', () => {
  const app = '{ "name": "app", "private": true }';

  it('reads a bare call as a call of the function its own file declares', () => {
    const cwd = project({
      'package.json': app,
      // Two functions named init(): setup.js's, which main.js runs once, and handler.js's own,
      // which runs per message.
      'main.js': `import { init } from './setup.js';
init();
`,
      'setup.js': `import { bus } from './bus.js';
export function init() {
  bus.on('tick', () => {});
}
`,
      'handler.js': `import { bus } from './bus.js';
function init() {
  bus.on('quit', () => {});
}
export function onMessage() {
  init();
}
bus.on('message', () => onMessage());
`,
      'bus.js': 'export const bus = globalBus;\n',
    });
    // By name alone, the call in the handler made both unbounded.
    expect(found(cwd)).toEqual(['handler.js:3 no-unmanaged-listener']);
  });

  it('follows a relative import under another name, default and named, ESM and CommonJS', () => {
    const cwd = project({
      'package.json': app,
      'main.js': `import Tray from './lib/tray';
const { makeHub: hub } = require('./lib/hub.js');
new Tray();
hub();
`,
      'lib/tray.js': `export default class TrayIcon {
  constructor() {
    globalBus.on('theme', () => {});
  }
}
`,
      'lib/hub.js': `function makeHub() {
  globalBus.on('join', () => {});
}
module.exports = { makeHub };
`,
      // Another class and function of the same names, made per event: no call names them.
      'other.js': `export class TrayIcon {
  constructor() {
    globalBus.on('x', () => {});
  }
}
export function makeHub() {
  globalBus.on('y', () => {});
}
globalBus.on('z', () => new Other());
`,
    });
    // tray.js and hub.js run once, through the imports; other.js's functions have no calls.
    expect(found(cwd)).toEqual([
      'other.js:3 no-unmanaged-listener',
      'other.js:7 no-unmanaged-listener',
    ]);
  });

  it('counts a call through a renamed import, which names alone did not see', () => {
    const cwd = project({
      'package.json': app,
      'main.js': `import Tray from './tray.js';
globalBus.on('window', () => new Tray());
`,
      'tray.js': `export default class TrayIcon {
  constructor() {
    globalBus.on('theme', () => {});
  }
}
new TrayIcon();
`,
    });
    // One \`new TrayIcon()\` at top level, and one per window event through the import.
    expect(found(cwd)).toEqual(['tray.js:3 no-unmanaged-listener']);
  });

  it("reads this.m() as the class's own method, and as an override a subclass may have", () => {
    const cwd = project({
      'package.json': app,
      'main.js': `import { App } from './app.js';
import { Child } from './child.js';
new App();
globalBus.on('join', () => new Child());
`,
      // App.init runs once; Session.init per call of handle(), which nothing counts.
      'app.js': `export class App {
  constructor() {
    this.init();
  }
  init() {
    globalBus.on('tick', () => {});
  }
}
export class Session {
  handle() {
    this.init();
  }
  init() {}
}
`,
      // Child.init runs per join through Base's this.init(): an override.
      'child.js': `class Base {
  constructor() {
    this.init();
  }
  init() {}
}
export class Child extends Base {
  init() {
    globalBus.on('leave', () => {});
  }
}
`,
    });
    expect(found(cwd)).toEqual(['child.js:9 no-unmanaged-listener']);
  });

  it('reads this.m() by name when the class replaces m on this', () => {
    const cwd = project({
      'package.json': app,
      // The constructor replaces setup on the instance: handle() calls the replacement, per
      // message, not the method. Other calls of setup all run once.
      'hub.js': `export class Hub {
  constructor() {
    this.setup = () => {
      globalBus.on('x', () => {});
    };
    globalBus.on('message', () => this.handle());
  }
  handle() {
    this.setup();
  }
  setup() {}
}
new Hub();
`,
      'main.js': `import { other } from './other.js';
other.setup();
`,
      'other.js': 'export const other = { setup() {} };\n',
    });
    expect(found(cwd)).toEqual(['hub.js:4 no-unmanaged-listener']);
  });

  it('reads a function its file hands out as a value by name, as before', () => {
    const cwd = project({
      'package.json': app,
      // init() is handed out in an object and called per plugin load as \`x.init()\`.
      'plugin.js': `export default () => {
  const init = () => {
    globalBus.on('detach', () => {});
  };
  return { init };
};
`,
      'main.js': `import plugin from './plugin.js';
const p = plugin();
globalBus.on('load', () => p.init());
`,
    });
    expect(found(cwd)).toEqual(['plugin.js:3 no-unmanaged-listener']);
  });

  it('resolves a path alias only when one scanned file ends so', () => {
    const files = {
      'package.json': app,
      'src/main/app.js': `export default class App {
  constructor() {
    globalBus.on('tick', () => {});
  }
}
`,
      'src/main/index.js': `import Main from '@/main/app';
new Main();
`,
    };
    expect(found(project(files))).toEqual([]);
    rmSync(dir!, { recursive: true, force: true });
    // A second file that ends so: the alias is not resolved, and a default export may then be
    // bound under any name, so the class counts as used as a value.
    expect(found(project({ ...files, 'src/other/main/app.js': 'export default 1;\n' }))).toEqual([
      'src/main/app.js:3 no-unmanaged-listener',
    ]);
  });
});

describe('the project pass reads once-firing page and app events as once (candidate LE)', () => {
  const app = '{ "name": "app", "private": true }';

  it("reads a DOMContentLoaded or the page's load callback as run once, and what only it calls", () => {
    const cwd = project({
      'package.json': app,
      'preload.js': `import { ipcRenderer } from 'electron';
function wire() {
  ipcRenderer.on('refresh', () => render());
}
window.addEventListener('DOMContentLoaded', () => {
  ipcRenderer.on('goTo', (_, tab) => show(tab));
  wire();
});
addEventListener('load', () => {
  ipcRenderer.on('theme', () => {});
});
window.onload = function () {
  ipcRenderer.on('zoom', () => {});
};
document.addEventListener('click', () => {
  ipcRenderer.on('clicked', () => {});
});
image.addEventListener('load', () => {
  ipcRenderer.on('loaded', () => {});
});
`,
    });
    // A click fires any number of times, and so may an element's load: those two stay.
    expect(found(cwd)).toEqual([
      'preload.js:16 no-unmanaged-listener',
      'preload.js:19 no-unmanaged-listener',
    ]);
  });

  it("reads jQuery's ready and { once: true } as once", () => {
    const cwd = project({
      'package.json': app,
      'page.js': `$(function () {
  socket.on('message', (m) => show(m));
});
$(document).ready(function () {
  socket.on('typing', () => {});
});
jQuery(window).on('load', () => {
  socket.on('joined', () => {});
});
button.addEventListener('click', () => {
  socket.on('left', () => {});
}, { once: true });
button.addEventListener('click', () => {
  socket.on('kicked', () => {});
}, { once: false });
`,
    });
    expect(found(cwd)).toEqual(['page.js:14 no-unmanaged-listener']);
  });

  it("reads Electron app's ready as once, and its activate as per event", () => {
    const cwd = project({
      'package.json': app,
      'main.js': `import { app } from 'electron';
import { Updater } from './updater.js';
app.on('ready', () => {
  new Updater();
  setInterval(() => poll(), 60000);
});
app.on('activate', () => {
  setInterval(() => poll(), 60000);
});
`,
      'updater.js': `export class Updater {
  constructor() {
    globalBus.on('update', () => {});
  }
}
`,
    });
    expect(found(cwd)).toEqual(['main.js:8 no-unmanaged-timer']);
  });

  it('keeps a once-callback unbounded when the code around it runs per event', () => {
    const cwd = project({
      'package.json': app,
      'page.js': `button.addEventListener('click', () => {
  document.addEventListener('DOMContentLoaded', () => {
    socket.on('message', () => {});
  });
});
`,
    });
    // The click adds a DOMContentLoaded listener each time (line 2), and what it runs stays.
    expect(found(cwd)).toEqual([
      'page.js:2 no-unmanaged-listener',
      'page.js:3 no-unmanaged-listener',
    ]);
  });
});

describe('the project pass reads an import of an instance as no function, and resolves imports by tsconfig.json (candidates IV and BU)', () => {
  const app = '{ "name": "app", "private": true }';
  // A module-level singleton named as its class is by the files that import it: `MainWindow` in
  // them is the instance, not the class, whose constructor runs once.
  const mainWindow = `import { EventEmitter } from 'events';
export class MainWindow extends EventEmitter {
  constructor() {
    super();
    serverBus.on('added', () => this.emit('x'));
  }
}
const mainWindow = new MainWindow();
export default mainWindow;
`;
  const user = (spec: string): string => `import MainWindow from '${spec}';
export function register() {
  hooks({ refs: { MainWindow } });
  return MainWindow.window;
}
`;

  it('reads an imported instance used as a value as no use of the class of its name', () => {
    const files = {
      'package.json': app,
      'src/app/mainWindow.ts': mainWindow,
      'src/e2e/register.ts': user('../app/mainWindow'),
    };
    expect(found(project(files))).toEqual([]);
    rmSync(dir!, { recursive: true, force: true });
    // The same export, reassigned later: it may then hold anything, so the class counts as used.
    const reassigned =
      mainWindow.replace('const mainWindow', 'let mainWindow') + 'mainWindow = f();\n';
    expect(found(project({ ...files, 'src/app/mainWindow.ts': reassigned }))).toEqual([
      'src/app/mainWindow.ts:5 no-unmanaged-listener',
    ]);
    rmSync(dir!, { recursive: true, force: true });
    // A value made by a call may be a function (a factory's): read by name, as before.
    const made = mainWindow.replace('new MainWindow()', 'make(MainWindow)');
    expect(found(project({ ...files, 'src/app/mainWindow.ts': made }))).toEqual([
      'src/app/mainWindow.ts:5 no-unmanaged-listener',
    ]);
  });

  it('reads `export default new C()` and `export { s as C }` as instances too', () => {
    const direct = mainWindow.replace(
      'const mainWindow = new MainWindow();\nexport default mainWindow;\n',
      'export default new MainWindow();\n',
    );
    expect(
      found(
        project({
          'package.json': app,
          'src/app/mainWindow.ts': direct,
          'src/u.ts': user('./app/mainWindow'),
        }),
      ),
    ).toEqual([]);
    rmSync(dir!, { recursive: true, force: true });
    const renamed = mainWindow
      .replace('export class MainWindow', 'class MainWindow')
      .replace('export default mainWindow;', 'export { mainWindow as MainWindow };');
    const named = user('./app/mainWindow').replace('import MainWindow', 'import { MainWindow }');
    expect(
      found(project({ 'package.json': app, 'src/app/mainWindow.ts': renamed, 'src/u.ts': named })),
    ).toEqual([]);
  });

  it("resolves a bare import by tsconfig.json's baseUrl, as TypeScript does", () => {
    const files = {
      'package.json': app,
      'tsconfig.json': `{
  // comments and trailing commas, as tsconfig.json is written
  "compilerOptions": { "strict": true, "baseUrl": "./src", },
}
`,
      'src/app/mainWindow/mainWindow.ts': mainWindow,
      'src/e2e/register.ts': user('app/mainWindow/mainWindow'),
    };
    expect(found(project(files))).toEqual([]);
    rmSync(dir!, { recursive: true, force: true });
    // Without the config, the import names a package for all the pass knows: by name, as before.
    const { 'tsconfig.json': _config, ...bare } = files;
    expect(found(project(bare))).toEqual([
      'src/app/mainWindow/mainWindow.ts:5 no-unmanaged-listener',
    ]);
  });

  it('resolves by `paths`, from a config the nearest one extends, and by jsconfig.json', () => {
    const files = {
      'package.json': app,
      'tsconfig.base.json': '{ "compilerOptions": { "paths": { "@win/*": ["./src/app/*"] } } }\n',
      'packages/ui/tsconfig.json': '{ "extends": "../../tsconfig.base.json" }\n',
      'src/app/mainWindow.ts': mainWindow,
      'packages/ui/register.ts': user('@win/mainWindow'),
    };
    expect(found(project(files))).toEqual([]);
    rmSync(dir!, { recursive: true, force: true });
    expect(
      found(
        project({
          'package.json': app,
          'jsconfig.json': '{ "compilerOptions": { "baseUrl": "." } }\n',
          'lib/mainWindow.js': mainWindow.replace(' extends EventEmitter', ''),
          'lib/register.js': user('lib/mainWindow'),
        }),
      ),
    ).toEqual([]);
  });
});
