/**
 * trackScopes() wired into real runners' beforeEach/afterEach, run as child processes:
 * node:test and jest (on the transpiled sources) and vitest (on fixtures/vitest.config.mts). A test
 * that forgets a scope fails with the scope's creation line; a test that already failed is
 * not blamed a second time; clean tests pass; expectNoLeaks and expectNoHeapGrowth work inside
 * each runner.
 */
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSources } from '../detect/support/build.js';
import { ROOT } from '../helpers/cached-build.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

function run(
  cmd: string,
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
): Promise<{ code: number | null; out: string }> {
  const child = spawn(cmd, args, {
    cwd,
    env: { ...process.env, NODE_OPTIONS: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (out += d));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, out })));
}

/** vitest's and jest's `--json` reports (one shape): each test's verdict, and its failures. */
function jsonResults(
  out: string,
  start: string,
): { verdicts: string[]; failure(title: string): string } {
  const json = JSON.parse(out.slice(out.indexOf(start))) as {
    testResults: {
      assertionResults: { title: string; status: string; failureMessages: string[] }[];
    }[];
  };
  const results = json.testResults.flatMap((f) => f.assertionResults);
  return {
    verdicts: results.map((a) => `${a.status} ${a.title}`),
    failure: (title) => {
      const a = results.find((x) => x.title === title);
      if (a === undefined) throw new Error(`no test titled "${title}" in the report`);
      return a.failureMessages.join('\n');
    },
  };
}

describe.concurrent('trackScopes in test runners', () => {
  it('node:test: reports the forgotten scope, not the failed test, passes the clean ones', async () => {
    const { dir } = buildSources();
    const r = await run(
      process.execPath,
      ['--test', '--test-reporter=tap', 'node-test.fixture.mjs'],
      FIXTURES,
      {
        LG_BUILD: dir,
      },
    );
    expect(r.code).toBe(1);
    const verdicts = [...r.out.matchAll(/^\s*(ok|not ok) \d+ - (.+)$/gm)].map(
      (m) => `${m[1]} ${m[2]}`,
    );
    expect(verdicts).toEqual([
      'ok clean: disposes its scope',
      'not ok leaky: forgets its scope',
      'not ok broken: fails by itself and forgets a scope',
      'ok expectNoLeaks fails on a listener leak',
      'ok expectNoLeaks passes a clean scenario',
      'ok expectNoHeapGrowth fails on a data leak',
    ]);
    expect(r.out).toMatch(/"forgotten" created at node-test\.fixture\.mjs:17:3/);
    expect(r.out).toMatch(/own failure/);
    expect(r.out).not.toMatch(/"ignored" created/);
  });

  it('vitest: the same contract', { timeout: 120_000 }, async () => {
    const vitest = join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');
    const r = await run(
      process.execPath,
      [vitest, 'run', '--config', 'test/testing/fixtures/vitest.config.mts', '--root', '.'],
      ROOT,
    );
    const { verdicts, failure } = jsonResults(r.out, '{');
    expect(verdicts).toEqual([
      'passed clean: disposes its scope',
      'failed leaky: forgets its scope',
      'failed broken: fails by itself and forgets a scope',
      'passed expectNoLeaks fails on a listener leak',
      'passed expectNoHeapGrowth fails on a data leak',
    ]);
    expect(failure('leaky: forgets its scope')).toMatch(
      /"forgotten" created at test\/testing\/fixtures\/vitest\.fixture\.ts:14:3/,
    );
    const broken = failure('broken: fails by itself and forgets a scope');
    expect(broken).toMatch(/expected 1 to be 2/);
    expect(broken).not.toMatch(/never disposed/);
  });

  it('jest (ESM mode, its own globals): the same contract', { timeout: 120_000 }, async () => {
    const { dir } = buildSources();
    const jest = join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js');
    const r = await run(
      process.execPath,
      [
        jest,
        '--rootDir',
        '.',
        '--testMatch',
        '**/jest.fixture.mjs',
        '--transform',
        '{}',
        '--json',
        '--ci',
      ],
      FIXTURES,
      // leakguard is an ES module: jest loads it in its ESM mode.
      { LG_BUILD: dir, NODE_OPTIONS: '--experimental-vm-modules' },
    );
    const { verdicts, failure } = jsonResults(r.out, '{"num');
    expect(verdicts).toEqual([
      'passed clean: disposes its scope',
      'failed leaky: forgets its scope',
      'failed broken: fails by itself and forgets a scope',
      'passed expectNoLeaks fails on a listener leak',
      'passed expectNoLeaks passes a clean scenario',
      'passed expectNoHeapGrowth fails on a data leak',
    ]);
    expect(failure('leaky: forgets its scope')).toMatch(
      /"forgotten" created at jest\.fixture\.mjs:16:3/,
    );
    const broken = failure('broken: fails by itself and forgets a scope');
    expect(broken).toMatch(/Expected: 2/);
    expect(broken).not.toMatch(/never disposed/);
  });
});
