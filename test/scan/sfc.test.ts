// Component files (.vue, .svelte): their <script> blocks are scanned at their offsets in the
// file, and a Vue <script setup> or a Svelte instance script is read as a component's setup(),
// which runs once per component instance.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import vueParser from 'vue-eslint-parser';
import { afterAll, describe, expect, it } from 'vitest';
import plugin from '../../src/eslint/index.js';
import { analyze } from '../../src/scan/analyze.js';
import type { Finding } from '../../src/scan/model.js';
import { parseFile, visitorKeys } from '../../src/scan/parse.js';
import { scan, scanAsync } from '../../src/scan/scanner.js';
import { componentScript } from '../../src/scan/sfc.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'leakguard-sfc-'));
  mkdirSync(join(dir, '.git'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  dirs.push(dir);
  return dir;
}

function findings(source: string, path: string, parser: 'oxc' | 'typescript-estree' = 'oxc') {
  const ast = parseFile(source, path, parser);
  return analyze(ast, source, { visitorKeys: visitorKeys() });
}

const brief = (fs: readonly Finding[]): string[] =>
  fs.map((f) => `${f.line}:${f.column} ${f.rule}`);

const SETUP = `<template>
  <div class="chat" @click="count++">{{ count }}</div>
</template>

<script setup lang="ts">
import { onMounted, ref } from 'vue';
import { bus } from './bus';

const count = ref<number>(0);
window.addEventListener('resize', onResize);
bus.on('message', (m: string) => count.value++);
function onResize(): void {}
onMounted(() => {
  document.addEventListener('keydown', onResize);
});
</script>

<style scoped>
.chat { color: red; }
</style>
`;

describe('componentScript', () => {
  it('keeps the script code at its offsets and blanks the rest, lines included', () => {
    const s = componentScript(SETUP, 'Chat.vue');
    expect(s.code.length).toBe(SETUP.length);
    expect(s.code.split('\n').length).toBe(SETUP.split('\n').length);
    const at = SETUP.indexOf("window.addEventListener('resize'");
    expect(s.code.slice(at, at + 23)).toBe('window.addEventListener');
    expect(s.code).not.toMatch(/template|chat|style|color/);
    expect(s.lang).toBe('ts');
    expect(s.kind).toBe('vue');
    expect(s.instance).not.toBeNull();
    const [start, end] = s.instance!;
    expect(SETUP.slice(start, end).trim().startsWith("import { onMounted, ref } from 'vue';")).toBe(
      true,
    );
    expect(SETUP.slice(end).startsWith('</script>')).toBe(true);
  });

  it('tells module code from per-instance code, and skips src= and commented-out blocks', () => {
    const vue = componentScript(
      `<script>\nexport default { name: 'A' };\n</script>\n<script setup>\nconst a = 1;\n</script>\n`,
      'A.vue',
    );
    expect(vue.lang).toBe('js');
    expect(vue.code.slice(...vue.instance!).trim()).toBe('const a = 1;');
    expect(vue.code).toContain("export default { name: 'A' };");

    const plain = componentScript(`<script>\nexport default {};\n</script>\n`, 'B.vue');
    expect(plain.instance).toBeNull();
    // An attribute is matched by its whole name: `setup-data` is not `setup`.
    expect(componentScript(`<script setup-data="x">\nlet a;\n</script>\n`, 'B.vue').instance).toBe(
      null,
    );
    expect(
      componentScript(`<script\n  setup\n  lang="ts">\nlet a;\n</script>\n`, 'B.vue'),
    ).toMatchObject({ lang: 'ts', instance: [expect.any(Number), expect.any(Number)] });

    const svelte = componentScript(
      `<script context="module">\nexport const shared = 1;\n</script>\n<script lang="ts">\nlet x: number = 1;\n</script>\n<p>{x}</p>\n`,
      'C.svelte',
    );
    expect(svelte.kind).toBe('svelte');
    expect(svelte.lang).toBe('ts');
    expect(svelte.code.slice(...svelte.instance!).trim()).toBe('let x: number = 1;');
    const svelte5 = componentScript(`<script module>\nlet a = 1;\n</script>\n`, 'D.svelte');
    expect(svelte5.instance).toBeNull();

    const skipped = componentScript(
      `<!-- <script>\nwindow.addEventListener('a', f);\n</script> -->\n<script src="./x.js"></script>\n<script lang="coffee">\nwindow.addEventListener 'a', f\n</script>\n<div>x</div>\n`,
      'E.vue',
    );
    expect(skipped.code.trim()).toBe('');
  });
});

describe('scanning component files', () => {
  it('reports what <script setup> registers per instance, at its place in the .vue file', () => {
    const out = findings(SETUP, 'Chat.vue');
    expect(brief(out)).toEqual([
      '10:1 no-subscription-in-render',
      '11:1 no-subscription-in-render',
      '14:3 no-unmanaged-listener',
    ]);
    expect(out[0]!.message).toMatch(/in <script setup> runs once per component instance/);
    // Both parsers read the file alike.
    expect(brief(findings(SETUP, 'Chat.vue', 'typescript-estree'))).toEqual(brief(out));
  });

  it('does not report what an unmount hook undoes, nor module code run once', () => {
    const good = `<script>
import { bus } from './bus';
bus.on('boot', () => {});
</script>
<script setup>
import { onMounted, onUnmounted } from 'vue';
import { bus } from './bus';
function onMsg() {}
let t;
onMounted(() => {
  bus.on('message', onMsg);
  t = setInterval(() => {}, 1000);
});
onUnmounted(() => {
  bus.off('message', onMsg);
  clearInterval(t);
});
</script>
<template><div /></template>
`;
    expect(brief(findings(good, 'Good.vue'))).toEqual([]);
  });

  it('reads the Options API of a plain <script>', () => {
    const leaky = `<template><div /></template>
<script>
export default {
  mounted() {
    window.addEventListener('scroll', this.onScroll);
  },
  methods: { onScroll() {} },
};
</script>
`;
    expect(brief(findings(leaky, 'A.vue'))).toEqual(['5:5 no-unmanaged-listener']);
    const paired = leaky.replace(
      '  methods:',
      "  beforeDestroy() {\n    window.removeEventListener('scroll', this.onScroll);\n  },\n  methods:",
    );
    expect(brief(findings(paired, 'A.vue'))).toEqual([]);
  });

  it("reads a Svelte instance script as per-instance code, with Svelte's own advice", () => {
    const src = `<script context="module">
  window.addEventListener('online', () => {});
</script>

<script lang="ts">
  import { onMount, onDestroy } from 'svelte';
  import { store } from './store';
  export let name: string;
  window.addEventListener('resize', onResize);
  const unsub = store.subscribe((v: string) => (name = v));
  function onResize(): void {}
  onMount(() => {
    const i = setInterval(() => {}, 500);
    return () => clearInterval(i);
  });
  onDestroy(unsub);
</script>

<h1>Hello {name}</h1>
`;
    const out = findings(src, 'Widget.svelte');
    expect(brief(out)).toEqual(['9:3 no-subscription-in-render']);
    expect(out[0]!.message).toMatch(/in the component's <script> runs once per component instance/);
    expect(out[0]!.suggestion).toMatch(/onMount\(\).*onDestroy\(\)/);
    expect(brief(findings(src, 'Widget.svelte', 'typescript-estree'))).toEqual(brief(out));
  });

  it('says when a Svelte reactive statement ($:) is what repeats', () => {
    const src = `<script>
  let open = false;
  const close = () => (open = false);
  $: if (open) document.addEventListener('click', close);
</script>
`;
    const out = findings(src, 'Menu.svelte');
    expect(brief(out)).toEqual(['4:16 no-subscription-in-render']);
    expect(out[0]!.message).toMatch(/in a reactive statement \(\$:\) runs again each time/);
  });

  it("reads Vue 2's $on / $once as registrations and $off as their removal", () => {
    const src = `<script>
import bus from './bus';
export default {
  created() {
    bus.$on('a', this.onA);
    bus.$on('b', this.onB);
    this.$root.$once('c', this.onC);
    this.$on('d', this.onD);
  },
  beforeDestroy() {
    bus.$off('a', this.onA);
    bus.$off('b');
  },
  methods: { onA() {}, onB() {}, onC() {}, onD() {} },
};
</script>
`;
    const out = findings(src, 'Bus.vue');
    // c is never removed; d is on the component itself and dies with it.
    expect(brief(out)).toEqual(['7:5 no-unmanaged-listener']);
    expect(out[0]!.suggestion).toContain('this.$root.$off(…)');
  });

  it('finds component files in a directory, named ones too, on every scan path', async () => {
    const d = tree({
      'src/Chat.vue': SETUP,
      'src/Widget.svelte': `<script>\n  document.addEventListener('click', () => {});\n</script>\n<p>x</p>\n`,
      'src/Clean.vue': `<template><p>x</p></template>\n<script setup>\nconst a = 1;\n</script>\n`,
      'tsconfig.json': JSON.stringify({ compilerOptions: { strict: true }, include: ['src'] }),
    });
    const all = scan({ cwd: d });
    expect(all.errors).toEqual([]);
    const byFile = (r: typeof all) =>
      Object.fromEntries(r.reports.map((x) => [x.file, brief(x.findings)]));
    expect(byFile(all)).toEqual({
      'src/Chat.vue': [
        '10:1 no-subscription-in-render',
        '11:1 no-subscription-in-render',
        '14:3 no-unmanaged-listener',
      ],
      'src/Widget.svelte': ['2:3 no-subscription-in-render'],
    });
    expect(all.summary.files).toBe(3);
    // The code frame shows the file as it is.
    expect(all.reports[0]!.source).toBe(SETUP);
    // A typed scan reads them syntax-only (TypeScript does not take .vue files).
    expect(byFile(scan({ cwd: d, tsconfig: 'tsconfig.json' }))).toEqual(byFile(all));
    // Worker threads, and a file named on its own.
    expect(byFile(await scanAsync({ cwd: d, workers: 2 }))).toEqual(byFile(all));
    expect(byFile(scan({ cwd: d, paths: ['src/Widget.svelte'] }))).toEqual({
      'src/Widget.svelte': ['2:3 no-subscription-in-render'],
    });
  });

  it('--fix edits a component file at the right place and leaves its template and style', () => {
    const before = `<template>
  <div>{{ a }}</div>
</template>
<script lang="ts">
class Poller {
  t: ReturnType<typeof setTimeout> | null = null;
  start(): void {
    this.t = setTimeout(() => this.start(), 1000);
  }
  reset(): void {
    if (this.t) clearTimeout(this.t);
  }
  destroy(): void {
    console.log('bye');
  }
}
export default { data: () => ({ p: new Poller() }) };
</script>
<style>
.x { color: red }
</style>
`;
    const d = tree({ 'Poll.vue': before });
    const r = scan({ cwd: d, fix: true });
    expect(r.summary.fixed).toBe(1);
    expect(readFileSync(join(d, 'Poll.vue'), 'utf8')).toBe(
      before.replace(
        '  destroy(): void {\n',
        '  destroy(): void {\n    if (this.t) clearTimeout(this.t);\n',
      ),
    );
  });

  it('honours a disable comment inside a script block', () => {
    const d = tree({
      'A.vue': `<template><div /></template>\n<script setup>\n// leakguard-disable-next-line no-subscription-in-render\nwindow.addEventListener('resize', () => {});\n</script>\n`,
    });
    const r = scan({ cwd: d });
    expect(r.reports).toEqual([]);
    expect(r.summary.silenced).toBe(1);
  });
});

describe('the ESLint plugin on .vue files (vue-eslint-parser)', () => {
  const lint = (code: string, file: string) =>
    new Linter({ configType: 'flat' })
      .verify(
        code,
        [
          {
            ...plugin.configs.recommended,
            files: ['**/*.vue'],
            languageOptions: {
              parser: vueParser,
              parserOptions: { parser: tsParser, sourceType: 'module', ecmaVersion: 2022 },
            },
          },
        ],
        file,
      )
      .map((m) => `${m.line}:${m.column} ${m.ruleId?.replace('leakguard/', '') ?? m.message}`);

  it('reports what the CLI reports, <script setup> read per instance', () => {
    const cli = brief(findings(SETUP, 'Chat.vue'));
    expect(cli.length).toBe(3);
    expect(lint(SETUP, 'Chat.vue')).toEqual(cli);
  });

  it('reads a plain <script> as module code, as the CLI does', () => {
    const src = `<template><div /></template>
<script>
import bus from './bus';
bus.$on('boot', () => {});
export default {
  mounted() {
    bus.$on('refresh', this.load);
  },
  methods: { load() {} },
};
</script>
`;
    expect(lint(src, 'A.vue')).toEqual(brief(findings(src, 'A.vue')));
    expect(lint(src, 'A.vue')).toEqual(['7:5 no-unmanaged-listener']);
  });
});
