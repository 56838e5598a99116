// Candidates M and O of issue #16 (scan-corpus/clean/README.md, "A ninth fresh batch and
// candidates M and O"): a module singleton's constructor runs once (M), and a listener on a
// component's own element goes with it (O); the shapes next to them that are still reported.
// Synthetic code in the shape of services and views, not copied from a corpus.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/scan/analyze.js';
import type { RuleId } from '../../src/scan/model.js';
import { parseFile, visitorKeys, type ParserChoice } from '../../src/scan/parse.js';

function lines(src: string, rule: RuleId, parser: ParserChoice = 'auto'): number[] {
  return analyze(parseFile(src, 'x.ts', parser), src, { visitorKeys: visitorKeys() })
    .filter((f) => f.rule === rule)
    .map((f) => f.line);
}

const service = (made: string, exported = '') => `class DiskLimit {
  constructor() {
    this.task = setInterval(() => this.check(), 10000);
    bus.on('quota', () => this.check());
  }
  check() {}
  watch() { bus.on('more', () => this.check()); }
}
${made}
${exported}`;

describe('candidate M: the constructor of a module singleton', () => {
  it.each([
    ['export default new DiskLimit();'],
    ['const diskLimit = new DiskLimit();\nexport default diskLimit;'],
    ['module.exports = new DiskLimit();'],
    ['export const a = new DiskLimit(), b = new DiskLimit();'],
  ])('runs once when every new is at top level: %s', (made) => {
    expect(lines(service(made), 'no-unmanaged-timer')).toEqual([]);
    // a method of the singleton may run many times: still reported
    expect(lines(service(made), 'no-unmanaged-listener')).toEqual([7]);
  });

  it.each([
    ['made in a function', 'export function make() { return new DiskLimit(); }'],
    ['made in a loop', 'for (const d of disks) new DiskLimit(d);'],
    ['made in a callback', "server.on('connection', () => new DiskLimit());"],
    ['exported class', 'export default new DiskLimit();', 'export { DiskLimit };'],
    ['handed on', 'export default new DiskLimit();', 'registry.add(DiskLimit);'],
    ['CommonJS export', 'module.exports = DiskLimit;'],
    ['never made here', ''],
    ['exported with export =', 'const d = new DiskLimit();', 'export = DiskLimit;'],
    [
      'made in a namespace function',
      'namespace N { export function make() { return new DiskLimit(); } }',
    ],
  ])('is still reported when %s', (_why, made, exported = '') => {
    expect(lines(service(made, exported), 'no-unmanaged-timer')).toEqual([3]);
    expect(lines(service(made, exported), 'no-unmanaged-listener')).toEqual([4, 7]);
  });

  it('takes only what is directly in the constructor', () => {
    const src = `class Poller {
  constructor() {
    for (const p of ports) bus.on(p, () => 1);
    server.on('connection', (s) => { bus.on('tick', () => s.ping()); });
  }
}
export default new Poller();`;
    expect(lines(src, 'no-unmanaged-listener')).toEqual([3, 4]);
  });

  it.each(['oxc', 'typescript-estree'] as const)('ignores type positions (%s)', (parser) => {
    const src = `class Store { constructor() { setInterval(() => 1, 1000); } }
const store: Store = new Store();
export default store;`;
    expect(lines(src, 'no-unmanaged-timer', parser)).toEqual([]);
  });
});

describe("candidate O: a component's own DOM", () => {
  it.each([
    ["this.$el.on('shown.bs.modal', () => this.focus());"],
    ["this.$.button.addEventListener('click', () => this.go());"],
    ["this.$refs.input.addEventListener('keyup', this.onKey);"],
    ["this.shadowRoot.addEventListener('slotchange', () => this.update());"],
    ["const fader = this.$.fader;\n    fader.addEventListener('change', () => this.set());"],
  ])('leaves %s alone', (line) => {
    const src = `class View {
  render() {
    ${line}
  }
}`;
    expect(lines(src, 'no-unmanaged-listener')).toEqual([]);
  });

  it.each([
    ["this.$root.on('global', () => this.refresh());"],
    ["this.$bus.on('global', () => this.refresh());"],
    ["this.elements.on('x', () => this.refresh());"],
    ["this.$elBus.on('x', () => this.refresh());"],
    ["window.addEventListener('resize', () => this.layout());"],
  ])('still reports %s', (line) => {
    const src = `class View {
  render() {
    ${line}
  }
}`;
    expect(lines(src, 'no-unmanaged-listener')).toEqual([3]);
  });
});

describe('candidate K: a handle the class obtains and its teardown ends', () => {
  const component = (init: string, destroy: string) => `class StatusComponent {
  ngOnInit() {
    ${init}
    this.io.socket.on('status', (s) => this.update(s));
  }
  ngOnDestroy() {
    ${destroy}
  }
  reconnect() {
    this.io.end();
    this.ngOnInit();
  }
}`;

  it.each([
    ["this.io = this.$ws.connectToNamespace('status');", 'this.io.end();'],
    ["this.io = await connect('status');", 'this.io.close();'],
    ['this.io = new Wrapper(url);', 'this.io.disconnect();'],
  ])('leaves a listener under the handle alone: %s … %s', (init, destroy) => {
    expect(lines(component(init, destroy), 'no-unmanaged-listener')).toEqual([]);
  });

  it.each([
    // the handle is given, not obtained: it may be shared and outlive the component
    ['this.io = this.shared;', 'this.io.end();'],
    // ended only outside a teardown-named method (reconnect() ends it and starts again)
    ["this.io = this.$ws.connectToNamespace('status');", 'this.paused = true;'],
  ])('still reports it when %s … %s', (init, destroy) => {
    expect(lines(component(init, destroy), 'no-unmanaged-listener')).toEqual([4]);
  });

  it('does not take the handle itself for what hangs off it', () => {
    const src = `class C {
  start() {
    this.io = open();
    this.io.on('x', () => this.go());
  }
  stop() { this.io.end(); }
}`;
    // a listener on this.io itself: the existing rule (a teardown of the receiver) decides
    expect(lines(src, 'no-unmanaged-listener')).toEqual([]);
  });
});
