/**
 * External tools some tests need (a Chromium for the browser tests, Prometheus's promtool for
 * the /metrics format and the fleet rules, the Prometheus server for the fleet dashboard test,
 * redis-server for the fleet session tests): found without installing anything, and never a
 * reason to need root.
 *
 * Lookup order: the tool's environment variable (CHROMIUM_PATH, PROMTOOL, PROMETHEUS,
 * REDIS_SERVER), then PATH, then the usual install locations of the platform. A variable that is
 * set wins outright: when it points at nothing the tool counts as missing rather than quietly
 * falling back to another binary.
 *
 * A missing tool skips the tests that need it, with one warning line per test file saying what
 * to install — except under CI (CI=true), where it fails them with that line: a CI machine that
 * lost its browser must not go green by skipping. `.ci/run` installs them with apt-get
 * (Debian's `prometheus` package ships both the server and promtool).
 */
import { accessSync, constants, statSync } from 'node:fs';
import { posix, win32 } from 'node:path';
import { describe, it } from 'vitest';

export type ToolName = 'chromium' | 'promtool' | 'prometheus' | 'redis-server';

export interface ToolSpec {
  name: ToolName;
  /** Environment variable that names the binary. */
  envVar: string;
  /** Names tried on PATH, in order. */
  commands: readonly string[];
  /** Usual absolute locations per platform, tried after PATH. */
  locations: Partial<Record<NodeJS.Platform, readonly string[]>>;
  /** The command that installs it, per platform (`default` for the others). */
  install: Partial<Record<NodeJS.Platform | 'default', string>>;
}

export const TOOLS: Record<ToolName, ToolSpec> = {
  chromium: {
    name: 'chromium',
    envVar: 'CHROMIUM_PATH',
    commands: ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'],
    locations: {
      linux: [
        '/usr/bin/chromium',
        '/usr/bin/chromium-browser',
        '/usr/bin/google-chrome',
        '/usr/bin/google-chrome-stable',
        '/snap/bin/chromium',
      ],
      darwin: [
        '/Applications/Chromium.app/Contents/MacOS/Chromium',
        '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      ],
      win32: [
        'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
        'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
      ],
    },
    install: {
      linux: 'apt-get install chromium (Debian/Ubuntu; elsewhere your distribution’s chromium)',
      darwin: 'brew install --cask chromium (or install Google Chrome)',
      default: 'install Chromium or Google Chrome',
    },
  },
  promtool: {
    name: 'promtool',
    envVar: 'PROMTOOL',
    commands: ['promtool'],
    locations: {
      linux: ['/usr/bin/promtool', '/usr/local/bin/promtool'],
      darwin: ['/usr/local/bin/promtool', '/opt/homebrew/bin/promtool'],
    },
    install: {
      linux: 'apt-get install prometheus (Debian/Ubuntu; it ships promtool)',
      darwin: 'brew install prometheus',
      default: 'install Prometheus (its release archive ships promtool)',
    },
  },
  prometheus: {
    name: 'prometheus',
    envVar: 'PROMETHEUS',
    commands: ['prometheus'],
    locations: {
      linux: ['/usr/bin/prometheus', '/usr/local/bin/prometheus'],
      darwin: ['/usr/local/bin/prometheus', '/opt/homebrew/bin/prometheus'],
    },
    install: {
      linux: 'apt-get install prometheus (Debian/Ubuntu)',
      darwin: 'brew install prometheus',
      default: 'install Prometheus (its release archive ships the server)',
    },
  },
  'redis-server': {
    name: 'redis-server',
    envVar: 'REDIS_SERVER',
    commands: ['redis-server'],
    locations: {
      linux: ['/usr/bin/redis-server', '/usr/local/bin/redis-server'],
      darwin: ['/usr/local/bin/redis-server', '/opt/homebrew/bin/redis-server'],
    },
    install: {
      linux: 'apt-get install redis-server (Debian/Ubuntu)',
      darwin: 'brew install redis',
      default: 'install Redis (redis-server)',
    },
  },
};

/** What the finder reads; tests pass a fake one. */
export interface FindContext {
  env: Readonly<Record<string, string | undefined>>;
  platform: NodeJS.Platform;
  isExecutable: (path: string) => boolean;
}

export type Lookup =
  { found: true; path: string; via: string } | { found: false; reason: string; looked: string[] };

/** A regular file we may execute (on Windows: any regular file). */
export function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export const realContext = (): FindContext => ({
  env: process.env,
  platform: process.platform,
  isExecutable: isExecutableFile,
});

/** Finds `spec`'s binary: its variable, then PATH, then the platform's usual locations. */
export function findTool(spec: ToolSpec, ctx: FindContext): Lookup {
  const { env, platform, isExecutable } = ctx;
  const explicit = env[spec.envVar];
  if (explicit !== undefined && explicit !== '') {
    return isExecutable(explicit)
      ? { found: true, path: explicit, via: spec.envVar }
      : {
          found: false,
          reason: `${spec.envVar}=${explicit} is not an executable file`,
          looked: [explicit],
        };
  }
  const path = platform === 'win32' ? win32 : posix;
  const dirs = (env.PATH ?? env.Path ?? '').split(path.delimiter).filter((d) => d !== '');
  const names = spec.commands.flatMap((c) => (platform === 'win32' ? [`${c}.exe`, c] : [c]));
  for (const dir of dirs)
    for (const name of names) {
      const candidate = path.join(dir, name);
      if (isExecutable(candidate)) return { found: true, path: candidate, via: 'PATH' };
    }
  const usual = spec.locations[platform] ?? [];
  for (const candidate of usual)
    if (isExecutable(candidate)) return { found: true, path: candidate, via: 'usual location' };
  return {
    found: false,
    reason: `${spec.name} not found`,
    looked: [`$${spec.envVar} (unset)`, `PATH (${spec.commands.join(', ')})`, ...usual],
  };
}

/** CI=true (or any value but '', 0, false) makes a missing tool a failure. */
export function isCI(env: Readonly<Record<string, string | undefined>>): boolean {
  const v = (env.CI ?? '').trim().toLowerCase();
  return v !== '' && v !== '0' && v !== 'false';
}

export type Gate =
  { mode: 'run'; path: string } | { mode: 'skip'; line: string } | { mode: 'fail'; line: string };

/** Decides what tests needing the tool do, and the one line that says why. */
export function gateFor(
  spec: ToolSpec,
  lookup: Lookup,
  what: string,
  ctx: Pick<FindContext, 'env' | 'platform'>,
): Gate {
  if (lookup.found) return { mode: 'run', path: lookup.path };
  const install = spec.install[ctx.platform] ?? spec.install.default ?? spec.name;
  const fix = `${install}, or set ${spec.envVar}=/path/to/${spec.name} (looked at: ${lookup.looked.join(', ')})`;
  return isCI(ctx.env)
    ? { mode: 'fail', line: `${lookup.reason}, and CI=true: ${what} must run. Fix: ${fix}` }
    : { mode: 'skip', line: `⚠ ${lookup.reason}: SKIPPING ${what}. To run it: ${fix}` };
}

/** `it` gated on `gate`: run, skipped, or (under CI, or where it must run) failing with its line. */
export function gatedIt(gate: Gate): (name: string, fn: () => unknown, timeout?: number) => void {
  return (name, fn, timeout) => {
    if (gate.mode === 'run') it(name, fn, timeout);
    else if (gate.mode === 'skip') it.skip(name, fn, timeout);
    else
      it(name, () => {
        throw new Error(gate.line);
      });
  };
}

export interface ToolTests {
  /** The binary's path; only read it inside tests or hooks that `it`/`describe` registered. */
  readonly path: string;
  readonly gate: Gate;
  /** `it`, skipped (or failing under CI) when the tool is missing. */
  it(name: string, fn: () => unknown, timeout?: number): void;
  /** `describe`, skipped (or one failing test under CI) when the tool is missing. */
  describe(name: string, fn: () => void): void;
}

/**
 * Looks `name` up now (at collection time) and returns `it`/`describe` gated on it. When the
 * tool is missing it prints its one line (console.warn) here, once per test file.
 *
 * @param what which tests need it, for the message (`the dashboard browser test`)
 */
export function needTool(
  name: ToolName,
  what: string,
  ctx: FindContext = realContext(),
): ToolTests {
  const spec = TOOLS[name];
  const gate = gateFor(spec, findTool(spec, ctx), what, ctx);
  if (gate.mode === 'skip') console.warn(gate.line);
  const failing = (line: string) => () => {
    throw new Error(line);
  };
  return {
    gate,
    get path(): string {
      if (gate.mode !== 'run') throw new Error(gate.line);
      return gate.path;
    },
    it: gatedIt(gate),
    describe(suiteName, fn) {
      if (gate.mode === 'run') describe(suiteName, fn);
      else if (gate.mode === 'skip') describe.skip(suiteName, fn);
      // Under CI the body is not collected: its hooks would start servers for nothing.
      else describe(suiteName, () => it(`needs ${name}`, failing(gate.line)));
    },
  };
}
