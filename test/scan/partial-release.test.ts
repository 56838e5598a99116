// no-partial-cleanup, resource branch (candidate F, issue #16 leak shape 1): a resource a function
// makes and releases later in its own body, with an early exit or an await whose exception leaves
// before the release. Pinned on the two tuning fixes it was designed from (typeorm 090a100, slate
// c39c808) and, for what it must not report, on shapes of tuning code (trpc's aws-lambda adapter:
// a release on the other branch of the `if`; axios' http adapter: a request piped into;
// centrifuge-style `if (!sub) return`). Held-out code is never used here.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/scan/analyze.js';
import { parseFile, visitorKeys } from '../../src/scan/parse.js';
import { halfOf } from './eval/fixes.js';

const RULE = 'no-partial-cleanup';
const cases = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'scan-corpus', 'fixes');

function found(src: string, file = 'x.ts'): { line: number; message: string }[] {
  return analyze(parseFile(src, file), src, { visitorKeys: visitorKeys() })
    .filter((f) => f.rule === RULE)
    .map((f) => ({ line: f.line, message: f.message }));
}

describe('no-partial-cleanup: a resource released on some paths only (tuning fixes)', () => {
  for (const id of ['typeorm__typeorm__090a100', 'ianstormtaylor__slate__c39c808__1']) {
    it(`${id}: reported before the fix at the acquisition, not after`, () => {
      const meta = JSON.parse(readFileSync(join(cases, 'cases', id, 'case.json'), 'utf8')) as {
        repo: string;
        file: string;
        leak: { line: number };
      };
      expect(halfOf(meta.repo)).toBe('tuning');
      const read = (side: string) =>
        readFileSync(join(cases, 'cases', id, side, meta.file), 'utf8');
      expect(found(read('before'), meta.file).map((f) => f.line)).toEqual([meta.leak.line]);
      expect(found(read('after'), meta.file)).toEqual([]);
    });
  }
});

describe('no-partial-cleanup: resource shapes', () => {
  it('an exception from an await between acquiring and releasing (typeorm dropDatabase)', () => {
    const src = [
      'class Connection {',
      '  async dropDatabase() {',
      '    const queryRunner = await this.createQueryRunner("master");',
      '    await queryRunner.clearDatabase();',
      '    await queryRunner.release();',
      '  }',
      '}',
    ].join('\n');
    const f = found(src);
    expect(f.map((x) => x.line)).toEqual([3]);
    expect(f[0]!.message).toContain('queryRunner.release()');
    expect(f[0]!.message).toContain('the await on line 4');
  });

  it('an early return between acquiring and releasing (slate splitNodes)', () => {
    const src = [
      'function splitNodes(editor, at) {',
      '  const beforeRef = Editor.pointRef(editor, at);',
      '  const [highest] = Editor.nodes(editor, { at });',
      '  if (!highest) {',
      '    return;',
      '  }',
      '  split(highest);',
      '  beforeRef.unref();',
      '}',
    ].join('\n');
    const f = found(src, 'x.js');
    expect(f.map((x) => x.line)).toEqual([2]);
    expect(f[0]!.message).toContain('the return on line 5');
  });

  it('not when a finally releases it, or a catch does for the await', () => {
    expect(
      found(
        [
          'async function drop(c) {',
          '  const r = await c.createQueryRunner();',
          '  try {',
          '    await r.clearDatabase();',
          '    if (r.done) return;',
          '  } finally {',
          '    await r.release();',
          '  }',
          '}',
        ].join('\n'),
      ),
    ).toEqual([]);
    expect(
      found(
        [
          'async function drop(c) {',
          '  const r = await c.createQueryRunner();',
          '  try {',
          '    await r.clearDatabase();',
          '  } catch (e) {',
          '    r.release();',
          '    throw e;',
          '  }',
          '  r.release();',
          '}',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('not when an earlier statement of the block released it before the exit', () => {
    const src = [
      'function f(editor, at) {',
      '  const ref = Editor.pointRef(editor, at);',
      '  if (!at) {',
      '    ref.unref();',
      '    return;',
      '  }',
      '  ref.unref();',
      '}',
    ].join('\n');
    expect(found(src)).toEqual([]);
  });

  it('not under a test on the resource itself (nothing to release there)', () => {
    const src = [
      'function onUnsub(channel) {',
      '  const sub = this.makeSub(channel);',
      '  if (!sub) {',
      '    return;',
      '  }',
      '  sub.unsubscribe();',
      '}',
    ].join('\n');
    expect(found(src)).toEqual([]);
  });

  it('not when the release is on the other branch of the if (trpc aws-lambda adapter)', () => {
    const src = [
      'async function write(stream, metadata, response) {',
      '  const responseStream = awslambda.HttpResponseStream.from(stream, metadata);',
      '  if (response.body) {',
      '    await pipeline(Readable.fromWeb(response.body), responseStream);',
      '  } else {',
      '    responseStream.end();',
      '  }',
      '}',
    ].join('\n');
    expect(found(src)).toEqual([]);
  });

  it('not when it is handed on: returned, stored, kept by a container or piped into (axios)', () => {
    for (const use of [
      'return r;',
      'this.runner = r;',
      'this.runners.push(r);',
      'data.pipe(r);',
      'const again = r;',
    ])
      expect(
        found(
          [
            'async function f(c, data) {',
            '  const r = c.createRunner();',
            '  await r.prepare();',
            `  ${use}`,
            '  r.close();',
            '}',
          ].join('\n'),
        ),
        use,
      ).toEqual([]);
  });

  it('not for what a shared accessor hands out, nor for an exit outside its block', () => {
    expect(
      found(
        [
          'async function f(pool) {',
          '  const c = pool.getConnection();',
          '  await c.query("x");',
          '  c.release();',
          '}',
        ].join('\n'),
      ),
    ).toEqual([]);
    expect(
      found(
        [
          'async function f(pool, items) {',
          '  for (const item of items) {',
          '    const r = pool.createRunner();',
          '    try { await r.run(item); } finally { r.release(); }',
          '  }',
          '  if (items.length === 0) return;',
          '}',
        ].join('\n'),
      ),
    ).toEqual([]);
  });
});
