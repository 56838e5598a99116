/**
 * The build cache stays bounded: the entries of a name beyond the few most recently used are
 * removed, but never one used lately, one a live process holds (its lease), nor anything of a
 * build under way; what dead processes left is swept. Entries are made by real child processes
 * (a process always holds the entries it used itself), in a temporary cache folder.
 */
import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pruneCache, ROOT, type CacheOptions } from './cached-build.js';
import { withTempDir } from './tmp.js';

const HELPER = pathToFileURL(join(ROOT, 'test', 'helpers', 'cached-build.ts')).href;

/**
 * In a child process (node --import tsx), cachedBuild('demo', …) of each input file in turn
 * with `options`; resolves with the entries it returned, once the child has exited.
 */
async function buildInChild(
  dir: string,
  inputs: string[],
  options: CacheOptions,
): Promise<string[]> {
  const script = join(dir, `child-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(
    script,
    `import { mkdirSync, writeFileSync } from 'node:fs';
     import { join } from 'node:path';
     import { cachedBuild } from ${JSON.stringify(HELPER)};
     const [options, ...inputs] = JSON.parse(process.argv[2]);
     const out = inputs.map((f) => cachedBuild('demo', 'layout 1', [f], (tmp) => {
       mkdirSync(tmp, { recursive: true });
       writeFileSync(join(tmp, 'built.txt'), f);
     }, options));
     process.stdout.write(JSON.stringify(out));`,
  );
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', script, JSON.stringify([options, ...inputs])],
      { cwd: ROOT, timeout: 15_000 },
      (err, stdout, stderr) => {
        if (err) reject(new Error(`${err.message}\n${stderr}`));
        else resolve((JSON.parse(stdout) as string[]).map((p) => p.slice(p.lastIndexOf('/') + 1)));
      },
    );
  });
}

/** `count` input files with distinct contents. */
function inputs(dir: string, count: number): string[] {
  mkdirSync(join(dir, 'in'), { recursive: true });
  return Array.from({ length: count }, (_, i) => {
    const f = join(dir, 'in', `input-${i}.txt`);
    writeFileSync(f, `input ${i}`);
    return f;
  });
}

const HOUR = 3_600_000;
/** Marks entry `hash` of `folder` as last used `agoMs` ago. */
function usedAgo(folder: string, hash: string, agoMs: number): void {
  const t = new Date(Date.now() - agoMs);
  utimesSync(join(folder, hash), t, t);
}

const list = (folder: string): string[] => readdirSync(folder).sort();

/** A live process of our own (a pid to lease with), and the way to end it. */
async function sleeper(): Promise<{ pid: number; end: () => Promise<void> }> {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], {
    stdio: 'ignore',
  });
  await once(child, 'spawn');
  return {
    pid: child.pid as number,
    end: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = once(child, 'exit');
        child.kill('SIGKILL');
        await exited;
      }
    },
  };
}

/** The pid of a process that has exited. */
async function deadPid(): Promise<number> {
  const s = await sleeper();
  await s.end();
  return s.pid;
}

describe('cachedBuild prunes what it caches', () => {
  it('keeps the most recently used entries of a name, removes the rest, leaves no lease', async () => {
    await withTempDir('cache-prune-', async (dir) => {
      const cacheDir = join(dir, 'cache');
      const folder = join(cacheDir, 'demo');
      const files = inputs(dir, 5);
      // Five builds in one run: all used just now, so none is old enough to go.
      const made = await buildInChild(dir, files, { cacheDir, keep: 2, minIdleMs: HOUR / 2 });
      expect(new Set(made).size).toBe(5);
      expect(list(folder)).toEqual([...made].sort()); // its leases went when it exited
      // Made 5, 4, 3, 2 and 1 hours ago; then a run uses the oldest again.
      made.forEach((h, i) => usedAgo(folder, h, (5 - i) * HOUR));
      const again = await buildInChild(dir, [files[0] as string], {
        cacheDir,
        keep: 2,
        minIdleMs: HOUR / 2,
      });
      expect(again).toEqual([made[0]]);
      // Kept: the one just used and the most recent other; the three others are gone.
      expect(list(folder)).toEqual([made[0], made[4]].sort());
    });
  }, 30_000);

  it('never removes an entry used within minIdleMs, however many there are', async () => {
    await withTempDir('cache-prune-', async (dir) => {
      const cacheDir = join(dir, 'cache');
      const folder = join(cacheDir, 'demo');
      const made = await buildInChild(dir, inputs(dir, 4), { cacheDir });
      made.forEach((h, i) => usedAgo(folder, h, i === 0 ? 2 * HOUR : 10 * 60_000));
      expect(pruneCache(folder, { keep: 1, minIdleMs: HOUR })).toEqual({
        removed: [made[0]],
        swept: [],
      });
      expect(list(folder)).toEqual(made.slice(1).sort());
    });
  }, 30_000);

  it('never removes an entry a live process holds; once it is gone, its lease goes too', async () => {
    await withTempDir('cache-prune-', async (dir) => {
      const cacheDir = join(dir, 'cache');
      const folder = join(cacheDir, 'demo');
      const made = await buildInChild(dir, inputs(dir, 3), { cacheDir });
      for (const h of made) usedAgo(folder, h, 5 * HOUR);
      const holder = await sleeper();
      try {
        const leaseFile = `${made[1] as string}.${holder.pid}-0.lease`;
        writeFileSync(join(folder, leaseFile), '');
        const first = pruneCache(folder, { keep: 0, minIdleMs: 0 });
        expect(first.removed.sort()).toEqual([made[0], made[2]].sort());
        expect(list(folder)).toEqual([made[1], leaseFile]);
        await holder.end();
        expect(pruneCache(folder, { keep: 0, minIdleMs: 0 })).toEqual({
          removed: [made[1]],
          swept: [leaseFile],
        });
        expect(list(folder)).toEqual([]);
      } finally {
        await holder.end();
      }
    });
  }, 30_000);

  it('sweeps the builds and removals dead processes left half done, not those of live ones', async () => {
    await withTempDir('cache-prune-', async (dir) => {
      const folder = join(dir, 'demo');
      const dead = await deadPid();
      const live = await sleeper();
      try {
        const h = '0123456789abcdef';
        const left = [`${h}.${dead}-0.tmp`, `${h}.${dead}-3.trash`, `${h}.${dead}.tmp`];
        const busy = [`${h}.${live.pid}-0.tmp`, `${h}.${live.pid}-1.trash`];
        for (const d of [...left, ...busy]) mkdirSync(join(folder, d, 'src'), { recursive: true });
        const r = pruneCache(folder, { keep: 0, minIdleMs: 0 });
        expect(r.removed).toEqual([]);
        expect(r.swept.sort()).toEqual([...left].sort());
        expect(list(folder)).toEqual([...busy].sort());
      } finally {
        await live.end();
      }
    });
  }, 30_000);
});
