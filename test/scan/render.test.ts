// no-subscription-in-render through ESLint's RuleTester: React/Preact components and hooks
// (in .tsx files, or anywhere when they call hooks) and Vue setup(), positives and negatives.
import { RuleTester } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/eslint/index.js';
import { analyze } from '../../src/scan/analyze.js';
import { parseFile, visitorKeys } from '../../src/scan/parse.js';

RuleTester.describe = describe;
RuleTester.it = it;

const tester = new RuleTester({
  languageOptions: {
    parser: tsParser,
    ecmaVersion: 2022,
    sourceType: 'module',
    parserOptions: { ecmaFeatures: { jsx: true } },
  },
});
const err = (n = 1) => Array.from({ length: n }, () => ({ messageId: 'finding' }));
const tsx = (code: string) => ({ code, filename: 'component.tsx' });

tester.run('no-subscription-in-render', rules['no-subscription-in-render'], {
  valid: [
    // in an effect with cleanup: the effect callback is its own function
    tsx(`export function Clock() {
      const [now, setNow] = useState(0);
      useEffect(() => {
        const t = setInterval(() => setNow(Date.now()), 1000);
        return () => clearInterval(t);
      }, []);
      return <span>{now}</span>;
    }`),
    tsx(`export const Size = () => {
      const [w, setW] = React.useState(0);
      React.useEffect(() => {
        const onResize = () => setW(window.innerWidth);
        window.addEventListener('resize', onResize);
        return () => window.removeEventListener('resize', onResize);
      }, []);
      return <b>{w}</b>;
    }`),
    // in an event handler of the component (runs on click, not on render)
    tsx(
      `export function Button({ bus }) { const onClick = () => bus.on('x', () => {}); return <button onClick={onClick} />; }`,
    ),
    // useSyncExternalStore takes the subscribe function itself
    tsx(
      `export function Count({ store }) { const n = useSyncExternalStore(store.subscribe, store.get); return <i>{n}</i>; }`,
    ),
    // on an element or emitter created in the same body
    tsx(
      `export function Local() { const ee = new EventEmitter(); ee.on('x', () => {}); return <i />; }`,
    ),
    // a PascalCase function in a plain .ts file that calls no hooks: an ES5-style class
    {
      code: `function Connection(socket) { this.socket = socket; socket.on('data', this.onData); setInterval(() => {}, 5); }`,
      filename: 'conn.ts',
    },
    // lowercase helpers are not components
    tsx(`function attach(bus) { bus.on('x', () => {}); } export const A = () => <i />;`),
    // diagnostics_channel-style subscribe('name', fn) is not a subscription with a result
    tsx(`export function Probe() { dc.subscribe('http', onMessage); return null; }`),
    // Vue setup() that undoes what it did in onUnmounted
    {
      code: `export default defineComponent({
      setup() {
        window.addEventListener('resize', onResize);
        const t = setInterval(poll, 1000);
        onUnmounted(() => { window.removeEventListener('resize', onResize); clearInterval(t); });
      },
    });`,
      filename: 'widget.ts',
    },
    // Vue setup() registering in onMounted: another function
    {
      code: `export default { setup() { onMounted(() => { const t = setTimeout(f, 10); }); } };`,
      filename: 'w.ts',
    },
    // a setup() that is not a Vue component definition
    {
      code: `const plugin = { setup() { bus.on('x', () => {}); } }; export default plugin;`,
      filename: 'p.ts',
    },
  ],
  invalid: [
    {
      ...tsx(`import { bus } from './bus';
      export function Clock() {
        const [now, setNow] = useState(0);
        bus.on('tick', () => setNow(Date.now()));
        return <span>{now}</span>;
      }`),
      errors: err(),
    },
    // every kind of call, in one component (timers too, and a kept unsubscribe function)
    {
      ...tsx(`export const Feed = ({ store }) => {
        window.addEventListener('resize', () => {});
        const unsubscribe = store.subscribe(() => {});
        setInterval(() => {}, 1000);
        setTimeout(() => {}, 1000);
        return <ul />;
      };`),
      errors: err(4),
    },
    // a custom hook in a .ts file: it calls hooks, so its body runs per render
    {
      code: `export function useWindowWidth() {
        const [w, setW] = useState(window.innerWidth);
        window.addEventListener('resize', () => setW(window.innerWidth));
        return w;
      }`,
      filename: 'hooks.ts',
      errors: err(),
    },
    // a component in a .ts file that calls React.useState (Preact / createElement users)
    {
      code: `export function Status({ socket }) { const [s, set] = React.useState('?'); socket.on('status', set); return h('i', null, s); }`,
      filename: 'status.ts',
      errors: err(),
    },
    // Vue: defineComponent and export default, with nothing undone on unmount
    {
      code: `export default defineComponent({ setup() { window.addEventListener('resize', onResize); const t = setInterval(poll, 1000); } });`,
      filename: 'w.ts',
      errors: err(2),
    },
    {
      code: `export default { setup(props) { props.bus.on('x', () => {}); } };`,
      filename: 'w.js',
      errors: err(),
    },
  ],
});

describe('no-subscription-in-render and the other rules', () => {
  it('reports a listener in a component body once, under this rule (not also as an unmanaged listener or timer)', () => {
    const src = `export function Clock({ bus }) { bus.on('tick', () => {}); setInterval(() => {}, 5); return <i />; }`;
    const found = analyze(parseFile(src, 'a.tsx'), src, { jsx: true, visitorKeys: visitorKeys() });
    expect(found.map((f) => f.rule)).toEqual([
      'no-subscription-in-render',
      'no-subscription-in-render',
    ]);
  });
});
