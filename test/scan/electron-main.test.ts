// Candidate EL′ of issue #16 (scan-corpus/clean/README.md, "A twenty-seventh fresh batch and
// candidate EL′"): a listener on Electron's `ipcMain` or `app` is dropped by the project pass
// unless code that runs per window or per event reaches it, across files. The shapes are those
// of the clean corpus's Electron main processes: altair's store handlers, which
// `WindowManager.createWindow()` reaches through `this.manageEvents()` in another file (true
// findings, kept), tabby's `PTYManager.init()` and hain's `electronApp.on('ready')` (setup,
// dropped), poi's `app.on('login')` (a once-listener per event, kept).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { electronSetupCalls } from '../../src/scan/electron.js';
import { parseFile } from '../../src/scan/parse.js';
import { setAblations } from '../../src/scan/rules/ablate.js';
import { scan } from '../../src/scan/scanner.js';

let dir: string | null = null;
afterEach(() => {
  setAblations(new Set());
  if (dir !== null) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

function project(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'leakguard-electron-'));
  const all = {
    'package.json': JSON.stringify({ name: 'app', main: 'main/index.js', private: true }),
    ...files,
  };
  for (const [name, text] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** `file:line` of every no-unmanaged-listener finding. */
function found(cwd: string): string[] {
  return scan({ cwd }).reports.flatMap((r) =>
    r.findings.filter((f) => f.rule === 'no-unmanaged-listener').map((f) => `${r.file}:${f.line}`),
  );
}

const storeEvents = `import { ipcMain } from 'electron';
export function initStoreEvents(store) {
  ipcMain.on('store:get', (e, key) => { e.returnValue = store.get(key); });
  ipcMain.on('store:set', (e, key, value) => { store.set(key, value); });
}
`;
const ptyManager = `const { ipcMain } = require('electron');
class PTYManager {
  init(app) {
    ipcMain.on('pty:spawn', (event) => { event.returnValue = app.spawn(); });
  }
}
module.exports = { PTYManager };
`;

describe('candidate EL′: Electron main-process setup, by calls across files', () => {
  it('drops setup handlers and keeps the ones a window or an event reaches in another file', () => {
    const cwd = project({
      'main/index.js': `const { app } = require('electron');
const { PTYManager } = require('./pty');
const { WindowManager } = require('./window');
const electronApp = require('electron').app;
function start() {
  new PTYManager().init(app);
  const windows = new WindowManager();
  electronApp.on('ready', () => windows.createWindow());
  app.on('activate', () => windows.createWindow());
}
start();
`,
      'main/pty.js': ptyManager,
      'main/window.js': `import { BrowserWindow } from 'electron';
import { initStoreEvents } from './store-events';
export class WindowManager {
  createWindow() {
    this.win = new BrowserWindow({ show: false });
    this.manageEvents();
  }
  manageEvents() {
    initStoreEvents(new Map());
  }
}
`,
      'main/store-events.js': storeEvents,
    });
    expect(found(cwd).sort()).toEqual(['main/store-events.js:3', 'main/store-events.js:4']);
  });

  it('keeps what a listener callback reaches in another file', () => {
    const cwd = project({
      'main/index.js': `import { app, ipcMain } from 'electron';
import { askCredentials } from './auth';
export function start(win) {
  app.on('login', (event, wc, details, info, callback) => askCredentials(win, callback));
}
`,
      'main/auth.js': `import { ipcMain } from 'electron';
export function askCredentials(win, callback) {
  ipcMain.once('basic-auth-info', (e, usr, pwd) => callback(usr, pwd));
  win.webContents.send('basic-auth');
}
`,
    });
    expect(found(cwd)).toEqual(['main/auth.js:3']);
  });

  it('reports them all again with the exemption switched off', () => {
    const cwd = project({
      'main/index.js': `const { PTYManager } = require('./pty');\nnew PTYManager().init({});\n`,
      'main/pty.js': ptyManager,
      // a second call of init() from a function nothing calls: the project pass's bounded-code
      // exemption cannot drop it, so what is dropped is EL′'s doing
      'main/other.js': `export function later(m) { m.init({}); }\n`,
    });
    expect(found(cwd)).toEqual([]);
    setAblations(new Set(['listener.electron-main']));
    expect(found(cwd)).toEqual(['main/pty.js:4']);
  });
});

describe('electronSetupCalls: what one file shows', () => {
  const offsets = (code: string) =>
    electronSetupCalls(parseFile(code, 'main.js')).map(
      (o) => /^[\w.]+\('[^']*'/.exec(code.slice(o))?.[0] ?? '?',
    );

  it('reads every binding form and leaves out what the file itself shows to repeat', () => {
    const code = `const electron = require('electron');
const ipc = electron.ipcMain;
const { app: electronApp } = electron;
import { app as a2 } from 'electron';
function setup() {
  ipc.on('x', () => {});
  electronApp.on('before-quit', () => {});
  a2.once('quit', () => {});
}
function createWindow() {
  const w = new electron.BrowserWindow({});
  ipc.on('per-window', () => w.focus());
}
function onEvents(bus) {
  bus.on('tick', () => { ipc.on('per-tick', () => {}); });
  electronApp.on('ready', () => { ipc.on('in-ready', () => {}); });
  electronApp.whenReady().then(() => { ipc.on('in-then', () => {}); });
}
ipc.on('top', () => {});
`;
    expect(offsets(code)).toEqual([
      "ipc.on('x'",
      "electronApp.on('before-quit'",
      "a2.once('quit'",
      "electronApp.on('ready'",
      "ipc.on('in-ready'",
      "ipc.on('in-then'",
    ]);
  });

  it("reads Electron's other process-wide objects and electron-updater's updater (EL2)", () => {
    // gitify's and ipfs-desktop's updater set-up, mattermost's power monitor, caprine's screen
    const code = `import { autoUpdater } from 'electron-updater';
const { powerMonitor, nativeTheme: theme, BrowserWindow } = require('electron');
const electron = require('electron');
import * as updater from 'electron-updater';
export function initUpdater() {
  autoUpdater.on('update-downloaded', () => {});
  updater.autoUpdater.on('error', () => {});
  powerMonitor.on('suspend', () => {});
  theme.on('updated', () => {});
  electron.screen.on('display-removed', () => {});
  electron.systemPreferences.on('accent-color-changed', () => {});
}
export function setupWindowUpdater() {
  const w = new BrowserWindow({});
  autoUpdater.on('update-available', () => w.webContents.send('update'));
}
export function other(emitter) {
  updater.CancellationToken.on('x', () => {});
  emitter.autoUpdater.on('x', () => {});
}
`;
    expect(offsets(code)).toEqual([
      "autoUpdater.on('update-downloaded'",
      "updater.autoUpdater.on('error'",
      "powerMonitor.on('suspend'",
      "theme.on('updated'",
      "electron.screen.on('display-removed'",
      "electron.systemPreferences.on('accent-color-changed'",
    ]);
  });

  it('finds nothing in a file that does not bind electron', () => {
    expect(
      offsets(`import { app } from './state';\nfunction f() { app.on('x', () => {}); }`),
    ).toEqual([]);
  });
});
