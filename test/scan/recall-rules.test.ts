// The rules for leak shapes the scanner missed (issue #16: paired methods), each pinned on the real fixes of the tuning half it
// was designed from (scan-corpus/fixes/cases/): the file before the fix reports the leak, the
// file after it no longer does. Held-out cases are never used here.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/scan/analyze.js';
import type { RuleId } from '../../src/scan/model.js';
import { parseFile, visitorKeys } from '../../src/scan/parse.js';
import { halfOf } from './eval/fixes.js';

const cases = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'scan-corpus',
  'fixes',
  'cases',
);

function findings(id: string, side: 'before' | 'after', rule: RuleId): number[] {
  const meta = JSON.parse(readFileSync(join(cases, id, 'case.json'), 'utf8')) as {
    repo: string;
    file: string;
  };
  expect(halfOf(meta.repo), `${id} is a tuning case`).toBe('tuning');
  const file = join(cases, id, side, meta.file);
  const src = readFileSync(file, 'utf8');
  return analyze(parseFile(src, file), src, { visitorKeys: visitorKeys() })
    .filter((f) => f.rule === rule)
    .map((f) => f.line);
}

function code(src: string, rule: RuleId): number[] {
  return analyze(parseFile(src, 'x.ts'), src, { visitorKeys: visitorKeys() })
    .filter((f) => f.rule === rule)
    .map((f) => f.line);
}

describe('no-unpaired-teardown on real fixes', () => {
  it.each([
    // connect() adds a 'message' listener to the class's BroadcastChannel; disconnect() does not
    // remove it. The fix removes it there.
    ['automerge__automerge-repo__16b7fa5', [73], []],
    // The hover timeout kept in this.hoverTimeout is not cleared by destroy(); the fix clears it.
    ['codemirror__dev__03bfdb0', [192, 206], []],
    // Prototype class: scheduleReconnect() discards its timeout; end() cannot cancel it.
    ['SignalK__signalk-server__9990bae', [206], []],
    // Prototype class: sub.timeout is never cleared, not even by close().
    ['nats-io__nats.js__d1abfa1', [51], []],
  ] as const)('%s', (id, before, after) => {
    expect(findings(id, 'before', 'no-unpaired-teardown')).toEqual(before);
    expect(findings(id, 'after', 'no-unpaired-teardown')).toEqual(after);
  });

  it('accepts a clear in any of several teardowns (lib-jitsi-meet ef10c01: disconnect())', () => {
    // closeWebsocket() does not clear this._wsKeepAlive, disconnect() does.
    expect(findings('jitsi__lib-jitsi-meet__ef10c01__2', 'after', 'no-unpaired-teardown')).toEqual(
      [],
    );
  });

  it('reports a timeout cleared elsewhere (its own callback, a reset) but not by the teardown', () => {
    const wrong = `class P {
  ping() {
    clearTimeout(this.t);
    this.t = setTimeout(() => this.ping(), 5000);
  }
  reset() { clearTimeout(this.t); }
  close() { this.closed = true; }
}`;
    expect(code(wrong, 'no-unpaired-teardown')).toEqual([4]);
    expect(
      code(wrong.replace('this.closed = true', 'this.reset()'), 'no-unpaired-teardown'),
    ).toEqual([]);
  });

  it('leaves a timeout whose method first returns when closed alone (nats.js be8fa84)', () => {
    // scheduleReconnect() discards setTimeout(() => client.reconnect(), wait), but reconnect()
    // starts with `if (this.closed) { return; }`: after close() it runs once and does nothing.
    expect(findings('nats-io__nats.js__be8fa84', 'after', 'no-unpaired-teardown')).toEqual([]);
  });

  it('leaves a helper the constructor calls alone (discord.js 6f7deba: bindListeners())', () => {
    expect(findings('discordjs__discord.js__6f7deba', 'after', 'no-unpaired-teardown')).toEqual([]);
  });

  it('accepts a removal, an end of the field under any teardown name, or a clear', () => {
    const wrong = `class A {
  ch = new Channel();
  connect() { this.ch.on('message', (m) => this.got(m)); }
  disconnect() { this.peers.clear(); }
}`;
    expect(code(wrong, 'no-unpaired-teardown')).toEqual([3]);
    expect(
      code(wrong.replace('this.peers.clear()', 'this.ch._shutdown()'), 'no-unpaired-teardown'),
    ).toEqual([]);
    expect(
      code(wrong.replace('this.peers.clear()', 'this.ch.close()'), 'no-unpaired-teardown'),
    ).toEqual([]);
    // Without a teardown the class lives once: the field dies with it.
    expect(code(wrong.replace('disconnect()', 'other()'), 'no-unpaired-teardown')).toEqual([]);
    const timer = `class B {
  t = null;
  poke() { this.t = setTimeout(() => this.run(), 10); }
  stop() { this.done = true; }
}`;
    expect(code(timer, 'no-unpaired-teardown')).toEqual([3]);
    expect(
      code(timer.replace('this.done = true', 'clearTimeout(this.t)'), 'no-unpaired-teardown'),
    ).toEqual([]);
  });
});
