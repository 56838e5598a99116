// What no-unmanaged-listener says about a registration inside a subscription method
// (src/scan/rules/subscribe-method.ts, issue #16): the API's missing or broken removal, not the
// generic "nothing removes". The shapes are those of held-out clean findings (scan-corpus/clean):
// mattermost desktop's preload API (Apache-2.0; `onUpdateTabTitle`, and `onReloadConfiguration`,
// whose disposer removes the caller's function instead of the wrapper, labelled true) and tabby's
// `Window.on` (MIT; a process-wide `ipcMain.on` per call, labelled true), shortened.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/scan/analyze.js';
import { parseFile, visitorKeys } from '../../src/scan/parse.js';
import { parseAblations, setAblations } from '../../src/scan/rules/ablate.js';

interface Found {
  line: number;
  message: string;
  suggestion: string | undefined;
  fix: boolean;
}

function found(src: string, file = 'x.js'): Found[] {
  return analyze(parseFile(src, file), src, { visitorKeys: visitorKeys(), jsx: false })
    .filter((f) => f.rule === 'no-unmanaged-listener')
    .map((f) => ({
      line: f.line,
      message: f.message,
      suggestion: f.suggestion,
      fix: f.fix !== undefined,
    }));
}

describe('a subscription method that gives its caller no removal', () => {
  it('an object property wrapping the callback (mattermost preload)', () => {
    const src = `const { contextBridge, ipcRenderer } = require('electron');
contextBridge.exposeInMainWorld('desktop', {
  getTheme: () => ipcRenderer.invoke('get-theme'),
  onUpdateTabTitle: (listener) => ipcRenderer.on('update-tab-title', (_, viewId, title) => listener(viewId, title)),
});
`;
    const f = found(src);
    expect(f).toHaveLength(1);
    expect(f[0]!.line).toBe(4);
    expect(f[0]!.message).toBe(
      'ipcRenderer.on("update-tab-title", …) in subscription method onUpdateTabTitle() registers a wrapper of the callback its caller hands it (listener), and onUpdateTabTitle() gives its caller no way to remove it: every call adds a listener that nothing removes.',
    );
    expect(f[0]!.suggestion).toContain('Return an unsubscribe function from onUpdateTabTitle()');
    expect(f[0]!.suggestion).toBe(
      'Return an unsubscribe function from onUpdateTabTitle() that calls ipcRenderer.off(…) with the function registered here (the wrapper, not the callback), and have its callers call it when they end.',
    );
    expect(f[0]!.fix).toBe(false);
  });

  it('a class method on a process-wide emitter (tabby Window.on)', () => {
    const src = `import { ipcMain } from 'electron';
export class Window {
  on(event, listener) {
    ipcMain.on(event, (e, ...args) => {
      if (!this.window || e.sender !== this.window.webContents) return;
      listener(e, ...args);
    });
  }
}
`;
    const f = found(src, 'window.ts');
    expect(f.map((x) => x.line)).toEqual([4]);
    expect(f[0]!.message).toContain('in subscription method on() registers a wrapper');
    expect(f[0]!.message).toContain('on() gives its caller no way to remove it');
    expect(f[0]!.fix).toBe(false);
  });

  it('the callback itself, registered with once: it stays until the event fires', () => {
    const src = `export const api = {
  listenOnce(action, callback) {
    bus.once(action, callback);
  },
};
`;
    const f = found(src);
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain(
      'registers the callback its caller hands it (callback), and listenOnce() gives its caller no way',
    );
    expect(f[0]!.message).toContain('adds a listener that stays until the event fires.');
    expect(f[0]!.suggestion).not.toContain('the wrapper');
  });
});

describe('a subscription method in a class that owns a scope', () => {
  it('keeps the fix that ties each listener to the object', () => {
    const src = `import { ipcMain } from 'electron';
import { Scope } from 'leakguard';
export class Window {
  private readonly scope = new Scope();
  on(event: string, listener: () => void) {
    ipcMain.on(event, listener);
  }
  dispose() {
    this.scope.dispose();
  }
}
`;
    const f = analyze(parseFile(src, 'w.ts'), src, { visitorKeys: visitorKeys(), jsx: false });
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('in subscription method on() registers the callback');
    expect(f[0]!.suggestion).toContain("Or route it through the class's scope (this.scope)");
    expect(f[0]!.fix).toEqual([
      {
        start: src.indexOf('listener);') + 'listener);'.length,
        end: src.indexOf('listener);') + 'listener);'.length,
        text: ' this.scope.add(() => ipcMain.removeListener(event, listener));',
      },
    ]);
  });
});

describe('a subscription method whose removal removes another function', () => {
  it("the disposer removes the caller's function, not the wrapper (mattermost onReloadConfiguration)", () => {
    const src = `const { ipcRenderer } = require('electron');
module.exports = {
  onReloadConfiguration: (listener) => {
    ipcRenderer.on('reload-configuration', () => listener());
    return () => ipcRenderer.off('reload-configuration', listener);
  },
};
`;
    const f = found(src);
    expect(f).toHaveLength(1);
    expect(f[0]!.line).toBe(4);
    expect(f[0]!.message).toBe(
      'ipcRenderer.on("reload-configuration", …) in subscription method onReloadConfiguration() registers a wrapper of the callback its caller hands it (listener), but the removal on line 5 removes listener, not the function registered here: every subscription leaves a listener that nothing removes.',
    );
    expect(f[0]!.suggestion).toBe(
      'Keep the function registered here (the wrapper) and remove that one: ipcRenderer.off(…) with it.',
    );
  });
});

describe('what keeps its usual wording or is not reported', () => {
  it('a disposer that removes the wrapper it registered: no finding', () => {
    const src = `const { ipcRenderer } = require('electron');
module.exports = {
  onReloadConfiguration: (listener) => {
    const wrapped = () => listener();
    ipcRenderer.on('reload-configuration', wrapped);
    return () => ipcRenderer.off('reload-configuration', wrapped);
  },
};
`;
    expect(found(src)).toEqual([]);
  });

  it('a method not named as a subscription, or a listener that is not the caller’s: the generic message', () => {
    const src = `export class Client {
  start(callback) {
    this.bus.on('tick', () => callback());
  }
  onReady(callback) {
    this.bus.on('ready', () => this.log('ready'));
  }
}
`;
    const f = found(src);
    expect(f.map((x) => x.line)).toEqual([3, 6]);
    expect(f[0]!.message).toBe('this.bus.on("tick", …) registers a listener that nothing removes.');
    // onX is read as an event's callback: its own listener piles up per event
    expect(f[1]!.message).toBe(
      'this.bus.on("ready", …) adds a listener on every event, to a receiver that outlives it; listeners pile up.',
    );
  });

  it('an onX method registering the caller’s callback is a subscription, not an event’s callback', () => {
    const src = `export class Client {
  onMessage(callback) {
    this.bus.on('message', callback);
  }
}
`;
    const f = found(src);
    expect(f.map((x) => x.line)).toEqual([3]);
    expect(f[0]!.message).toBe(
      'this.bus.on("message", …) in subscription method onMessage() registers the callback its caller hands it (callback), and onMessage() gives its caller no way to remove it: every call adds a listener that nothing removes.',
    );
  });

  it('candidate SR: an onX subscription method is no repeat for the opt-in no-repeated-registration', () => {
    // pulsar's PackageManager (MIT), shortened: each onDidX(callback) returns the emitter's
    // disposable, so the caller removes it; nothing repeats per event here.
    const src = `export class PackageManager {
  constructor() {
    this.emitter = new Emitter();
  }
  onDidLoadPackage(callback) {
    return this.emitter.on('did-load-package', callback);
  }
  onTick() {
    this.bus.on('tick', () => this.count++);
  }
}
`;
    const all = analyze(parseFile(src, 'pm.js'), src, { visitorKeys: visitorKeys(), jsx: false });
    const repeated = all.filter((f) => f.rule === 'no-repeated-registration').map((f) => f.line);
    const unmanaged = all.filter((f) => f.rule === 'no-unmanaged-listener').map((f) => f.line);
    // The event callback onTick still adds a listener per tick; the subscription method does not.
    expect(repeated).toEqual([]);
    expect(unmanaged).toEqual([9]);
    // Switched off (the evaluation's ablation), the subscription method reads as a repeat again.
    setAblations(parseAblations('listener.subscribe-repeat'));
    try {
      const off = analyze(parseFile(src, 'pm.js'), src, { visitorKeys: visitorKeys(), jsx: false });
      expect(off.filter((f) => f.rule === 'no-repeated-registration').map((f) => f.line)).toEqual([
        6,
      ]);
    } finally {
      setAblations(new Set());
    }
  });

  it('a registration in a loop inside the method: the generic message', () => {
    const src = `export function onAll(events, listener) {
  for (const e of events) bus.on(e, listener);
}
`;
    for (const x of found(src)) expect(x.message).not.toContain('subscription method');
  });
});
