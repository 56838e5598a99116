/**
 * The tool finder: lookup order (variable, PATH, usual locations) against a fake file system,
 * the real executable check against a temporary directory, and what a missing tool does to the
 * tests that need it — skipped with one line, or failed under CI=true — in a real vitest run.
 */
import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './cached-build.js';
import {
  TOOLS,
  findTool,
  gateFor,
  isCI,
  isExecutableFile,
  type FindContext,
  type Lookup,
} from './tools.js';

/** A context whose only executables are `files`. */
function fake(
  env: Record<string, string | undefined>,
  files: string[],
  platform: NodeJS.Platform = 'linux',
): FindContext & { probed: string[] } {
  const probed: string[] = [];
  return {
    env,
    platform,
    probed,
    isExecutable: (p) => {
      probed.push(p);
      return files.includes(p);
    },
  };
}

const found = (l: Lookup): string | undefined => (l.found ? `${l.path} via ${l.via}` : undefined);

describe('findTool', () => {
  it('takes the variable first, over PATH and the usual locations', () => {
    const ctx = fake({ CHROMIUM_PATH: '/opt/c/chrome', PATH: '/bin' }, [
      '/opt/c/chrome',
      '/bin/chromium',
      '/usr/bin/chromium',
    ]);
    expect(found(findTool(TOOLS.chromium, ctx))).toBe('/opt/c/chrome via CHROMIUM_PATH');
  });

  it('a variable pointing at nothing is "missing", not a fallback to another binary', () => {
    const ctx = fake({ PROMTOOL: '/nope/promtool', PATH: '/bin' }, ['/bin/promtool']);
    const l = findTool(TOOLS.promtool, ctx);
    expect(l).toEqual({
      found: false,
      reason: 'PROMTOOL=/nope/promtool is not an executable file',
      looked: ['/nope/promtool'],
    });
    expect(ctx.probed).toEqual(['/nope/promtool']);
  });

  it('an empty variable counts as unset', () => {
    const ctx = fake({ PROMTOOL: '', PATH: '/bin' }, ['/bin/promtool']);
    expect(found(findTool(TOOLS.promtool, ctx))).toBe('/bin/promtool via PATH');
  });

  it('walks PATH in order, each directory trying every command name, skipping empty entries', () => {
    const ctx = fake({ PATH: ':/a::/b:/c' }, ['/b/google-chrome', '/c/chromium']);
    expect(found(findTool(TOOLS.chromium, ctx))).toBe('/b/google-chrome via PATH');
    expect(ctx.probed.slice(0, 5)).toEqual([
      '/a/chromium',
      '/a/chromium-browser',
      '/a/google-chrome',
      '/a/google-chrome-stable',
      '/b/chromium',
    ]);
  });

  it('then the usual locations of the platform, and only those', () => {
    const linux = fake({ PATH: '/bin' }, ['/usr/bin/chromium-browser']);
    expect(found(findTool(TOOLS.chromium, linux))).toBe(
      '/usr/bin/chromium-browser via usual location',
    );
    const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    const darwin = fake({ PATH: '/bin' }, [mac, '/usr/bin/chromium'], 'darwin');
    expect(found(findTool(TOOLS.chromium, darwin))).toBe(`${mac} via usual location`);
    expect(darwin.probed).not.toContain('/usr/bin/chromium');
    const promtool = fake({}, ['/usr/local/bin/promtool']);
    expect(found(findTool(TOOLS.promtool, promtool))).toBe(
      '/usr/local/bin/promtool via usual location',
    );
  });

  it('on Windows: `;`-separated Path, .exe names', () => {
    const ctx = fake({ Path: 'C:\\tools;C:\\prom' }, ['C:\\prom\\promtool.exe'], 'win32');
    expect(found(findTool(TOOLS.promtool, ctx))).toBe('C:\\prom\\promtool.exe via PATH');
  });

  it('says where it looked when the tool is nowhere', () => {
    const l = findTool(TOOLS.promtool, fake({ PATH: '/bin' }, []));
    expect(l).toEqual({
      found: false,
      reason: 'promtool not found',
      looked: [
        '$PROMTOOL (unset)',
        'PATH (promtool)',
        '/usr/bin/promtool',
        '/usr/local/bin/promtool',
      ],
    });
  });
});

describe('isExecutableFile on a real directory', () => {
  const dir = mkdtempSync(join(tmpdir(), 'leakguard-tools-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('accepts an executable file; refuses a plain file, a directory and a missing path', () => {
    const bin = join(dir, 'bin');
    mkdirSync(join(bin, 'chromium'), { recursive: true }); // a directory named like the tool
    writeFileSync(join(bin, 'promtool'), '#!/bin/sh\n', { mode: 0o644 });
    const exe = join(dir, 'exe');
    mkdirSync(exe);
    writeFileSync(join(exe, 'promtool'), '#!/bin/sh\n');
    chmodSync(join(exe, 'promtool'), 0o755);
    expect(isExecutableFile(join(exe, 'promtool'))).toBe(true);
    expect(isExecutableFile(join(bin, 'chromium'))).toBe(false);
    expect(isExecutableFile(join(dir, 'missing'))).toBe(false);
    if (process.platform !== 'win32' && process.getuid?.() !== 0)
      expect(isExecutableFile(join(bin, 'promtool'))).toBe(false); // root may execute anything x
    const ctx: FindContext = {
      env: { PATH: [bin, exe].join(':') },
      platform: 'linux',
      isExecutable: isExecutableFile,
    };
    expect(found(findTool(TOOLS.promtool, ctx))).toBe(`${join(exe, 'promtool')} via PATH`);
  });
});

describe('a missing tool', () => {
  const missing = findTool(TOOLS.chromium, fake({ PATH: '/bin' }, []));

  it.each([
    ['true', 'fail'],
    ['1', 'fail'],
    ['', 'skip'],
    ['false', 'skip'],
    ['0', 'skip'],
    [undefined, 'skip'],
  ])('CI=%s → %s', (ci, mode) => {
    expect(isCI({ CI: ci })).toBe(mode === 'fail');
    expect(
      gateFor(TOOLS.chromium, missing, 'the x test', { env: { CI: ci }, platform: 'linux' }),
    ).toMatchObject({ mode });
  });

  it('is one line naming the tests, what to install and the variable', () => {
    const gate = gateFor(TOOLS.chromium, missing, 'the x test', { env: {}, platform: 'linux' });
    expect(gate.mode).toBe('skip');
    const line = gate.mode === 'skip' ? gate.line : '';
    expect(line).not.toContain('\n');
    expect(line).toMatch(
      /^⚠ chromium not found: SKIPPING the x test\. To run it: apt-get install chromium/,
    );
    expect(line).toContain('CHROMIUM_PATH=/path/to/chromium');
    expect(line).toContain('/usr/bin/chromium');
    const mac = gateFor(TOOLS.promtool, missing, 'y', { env: { CI: 'true' }, platform: 'darwin' });
    expect(mac.mode === 'fail' && mac.line).toMatch(/CI=true.*brew install prometheus.*PROMTOOL=/);
  });

  it('a found tool runs the tests', () => {
    const l = findTool(TOOLS.promtool, fake({ PATH: '/x' }, ['/x/promtool']));
    expect(gateFor(TOOLS.promtool, l, 'y', { env: { CI: 'true' }, platform: 'linux' })).toEqual({
      mode: 'run',
      path: '/x/promtool',
    });
  });
});

describe('needTool in a real vitest run (child process)', () => {
  /** Runs vitest on fixtures/needs-tool.fixture.ts with PROMTOOL pointing at nothing. */
  const run = (ci: string): Promise<{ code: number; out: string }> =>
    new Promise((resolve) => {
      const env: NodeJS.ProcessEnv = { ...process.env, CI: ci, PROMTOOL: '/nonexistent/promtool' };
      for (const k of Object.keys(env)) if (k.startsWith('VITEST') || k === 'TEST') delete env[k];
      execFile(
        process.execPath,
        [
          join(ROOT, 'node_modules', 'vitest', 'vitest.mjs'),
          'run',
          '--config',
          join(ROOT, 'test', 'helpers', 'fixtures', 'vitest.config.ts'),
          '--no-color',
        ],
        { cwd: ROOT, env, timeout: 60_000 },
        (err, stdout, stderr) =>
          resolve({ code: err ? Number(err.code ?? 1) : 0, out: stdout + stderr }),
      );
    });

  it('skips with one warning line, or fails under CI=true with the same advice', async () => {
    const [plain, ci] = await Promise.all([run(''), run('true')]);
    expect(plain.code, plain.out).toBe(0);
    const warnings = plain.out.split('\n').filter((l) => l.startsWith('⚠ '));
    expect(warnings).toEqual([
      expect.stringMatching(
        /^⚠ PROMTOOL=\/nonexistent\/promtool is not an executable file: SKIPPING the fixture test\. To run it: /,
      ),
    ]);
    expect(plain.out).toMatch(/1 skipped/);
    expect(ci.code, ci.out).toBe(1);
    expect(ci.out).toMatch(
      /PROMTOOL=\/nonexistent\/promtool is not an executable file, and CI=true: the fixture test must run\. Fix: /,
    );
    expect(ci.out).toMatch(/1 failed/);
    expect(ci.out).not.toMatch(/^⚠ /m);
  }, 90_000);
});
