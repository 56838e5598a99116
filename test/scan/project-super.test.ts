// Candidate SU of issue #16 (scan-corpus/fixes/README.md, "Decision criteria for candidate SU"):
// the project pass reads `super(…)` as a call of the parent class's constructor, as it reads
// `new Parent(…)`. The shape is fishpi-desktop's (clean corpus, batch 2026-12-07m): a `Page`
// base class adds an `ipcMain` listener in its constructor, and a window class that extends it is
// made once per event, so the listeners pile up; before SU the base constructor had no call in
// the scanned files, and EL′ took its listener for set-up.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scan } from '../../src/scan/scanner.js';

let dir: string | null = null;
afterEach(() => {
  if (dir !== null) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

function project(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'leakguard-super-'));
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

const page = `import { ipcMain } from 'electron';
export class Page {
  constructor(app, name) {
    this.app = app;
    ipcMain.on(\`\${name}-event\`, (event, args) => this.handle(event, args));
  }
  handle() {}
}
`;
const packet = `import { Page } from './page.js';
export class RedPacket extends Page {
  constructor(app, name) {
    super(app, name);
  }
}
`;

describe('candidate SU: super() runs the parent constructor, for the project pass', () => {
  it('keeps a base-class listener that a subclass made per event adds', () => {
    const cwd = project({
      'main/page.js': page,
      'main/packet.js': packet,
      'main/index.js': `import { app, ipcMain } from 'electron';
import { RedPacket } from './packet.js';
ipcMain.on('open-packet', () => new RedPacket(app, 'redpacket'));
`,
    });
    expect(found(cwd)).toEqual(['main/page.js:5']);
  });

  it('still drops it when the subclass is made once, at start-up', () => {
    const cwd = project({
      'main/page.js': page,
      'main/packet.js': packet,
      'main/index.js': `import { app } from 'electron';
import { RedPacket } from './packet.js';
app.whenReady().then(() => new RedPacket(app, 'main'));
`,
    });
    expect(found(cwd)).toEqual([]);
  });
});
