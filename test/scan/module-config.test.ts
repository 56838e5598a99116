// Candidate BU of issue #16: the project pass resolves non-relative imports by the nearest
// tsconfig.json's `baseUrl` and `paths`, as TypeScript does (src/scan/module-config.ts).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  candidatesOf,
  ModuleConfigs,
  parseJsonc,
  settingsOf,
} from '../../src/scan/module-config.js';

let dir: string | null = null;
afterEach(() => {
  if (dir !== null) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

describe('tsconfig.json module settings (candidate BU)', () => {
  it('reads JSON with comments and trailing commas, and leaves strings alone', () => {
    expect(
      parseJsonc(`{
  // a comment
  "a": "http://x/*y*/", /* another */ "b": [1, 2,],
  "c": { "d": "e\\" // f", },
}`),
    ).toEqual({ a: 'http://x/*y*/', b: [1, 2], c: { d: 'e" // f' } });
    expect(parseJsonc('{ "a": }')).toBeNull();
  });

  it('reads baseUrl against its config, paths against baseUrl or else their config', () => {
    expect(settingsOf('/p/tsconfig.json', '{ "compilerOptions": { "baseUrl": "src" } }')).toEqual({
      baseUrl: '/p/src',
      paths: [],
    });
    const withPaths = settingsOf(
      '/p/tsconfig.json',
      '{ "compilerOptions": { "paths": { "@/*": ["src/*"], "cfg": ["src/config.ts"], "a*b*": ["x"] } } }',
    );
    // `a*b*` has two stars: TypeScript rejects it, and so is it left out.
    expect(withPaths).toEqual({
      baseUrl: null,
      paths: [
        { prefix: '@/', suffix: '', star: true, targets: ['/p/src/*'] },
        { prefix: 'cfg', suffix: '', star: false, targets: ['/p/src/config.ts'] },
      ],
    });
    expect(settingsOf('/p/tsconfig.json', '{ "compilerOptions": { "strict": true } }')).toBeNull();
    // Absolute paths stay as they are.
    expect(
      settingsOf(
        '/p/tsconfig.json',
        '{ "compilerOptions": { "baseUrl": "/abs/src", "paths": { "x": ["/abs/x.ts"] } } }',
      ),
    ).toEqual({
      baseUrl: '/abs/src',
      paths: [{ prefix: 'x', suffix: '', star: false, targets: ['/abs/x.ts'] }],
    });
  });

  it('lists the paths an import may name: an exact key, else the longest prefix, then baseUrl', () => {
    const config = {
      baseUrl: '/p/src',
      paths: [
        { prefix: '@/', suffix: '', star: true, targets: ['/p/src/*'] },
        { prefix: '@/ui/', suffix: '', star: true, targets: ['/p/ui/*', '/p/ui2/*'] },
        { prefix: '@/ui/main', suffix: '', star: false, targets: ['/p/main.ts'] },
      ],
    };
    expect(candidatesOf(config, '@/ui/button')).toEqual([
      '/p/ui/button',
      '/p/ui2/button',
      '/p/src/@/ui/button',
    ]);
    expect(candidatesOf(config, '@/ui/main')).toEqual(['/p/main.ts', '/p/src/@/ui/main']);
    expect(candidatesOf(config, 'app/x')).toEqual(['/p/src/app/x']);
    expect(candidatesOf({ baseUrl: null, paths: [] }, 'app/x')).toEqual([]);
  });

  it('finds the nearest config up from a folder, follows relative extends, own settings first', () => {
    dir = mkdtempSync(join(tmpdir(), 'leakguard-modcfg-'));
    const write = (name: string, text: string): void => {
      mkdirSync(join(dir!, name, '..'), { recursive: true });
      writeFileSync(join(dir!, name), text);
    };
    write(
      'tsconfig.base.json',
      '{ "compilerOptions": { "baseUrl": "lib", "paths": { "x/*": ["base/*"] } } }',
    );
    write(
      'pkg/tsconfig.json',
      '{ "extends": "../tsconfig.base", "compilerOptions": { "baseUrl": "src" } }',
    );
    write('pkg/jsconfig.json', '{ "compilerOptions": { "baseUrl": "ignored" } }');
    write('other/jsconfig.json', '{ "compilerOptions": { "baseUrl": "." } }');
    write('pkg/a/b/file.ts', '');
    const configs = new ModuleConfigs();
    // tsconfig.json wins over jsconfig.json; baseUrl is the package's own; paths come from the
    // base, relative to the package's baseUrl.
    expect(configs.of(join(dir, 'pkg/a/b'))).toEqual({
      baseUrl: join(dir, 'pkg/src'),
      paths: [{ prefix: 'x/', suffix: '', star: true, targets: [join(dir, 'pkg/src/base/*')] }],
    });
    expect(configs.of(join(dir, 'other'))).toEqual({ baseUrl: join(dir, 'other'), paths: [] });
    // Above every config: none (the tmp folder's parents hold none).
    expect(configs.of(dir)).toBeNull();
  });
});
