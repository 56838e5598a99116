// Candidate OB of issue #16 (scan-corpus/fixes/README.md, "Decision criteria for the fiftieth
// fresh batch, held-out, and for candidate OB"): an observer, worker or audio context made per
// instance or per call and never ended. The invalid cases are the shapes of the fix corpus's
// held-out cases read before OB was written: react-slick ed933c6 (a class component's
// ResizeObserver never disconnected), xyflow 5124b6b (a useMemo observer), lexical 42cf489 (a
// MutationObserver made per call), react-component/menu b1242f9 (the teardown disconnects
// another field), and the shape of billboard.js fc812fb (a Worker per call; the case itself makes
// it in a helper that returns it, which OB leaves to the caller and does not catch).
import { RuleTester } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/eslint/index.js';
import { analyze } from '../../src/scan/analyze.js';
import { parseFile } from '../../src/scan/parse.js';

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

const slider = (unmount: string) => `import ResizeObserver from 'resize-observer-polyfill';
  export class InnerSlider extends React.Component {
    componentDidMount() {
      this.ro = new ResizeObserver(() => this.onWindowResized());
      this.ro.observe(this.list);
    }
    componentWillUnmount() {
      ${unmount}
    }
    onWindowResized() {}
  }`;

tester.run('observers and workers never ended', rules['no-discarded-disposable'], {
  valid: [
    // the fix of react-slick ed933c6
    slider('this.ro.disconnect();'),
    // react-resize-detector: unobserving the only element leaves the observer nothing to hold
    slider('this.ro.unobserve(this.list);'),
    // the fix of xyflow 5124b6b: the hook's observer disconnected by an effect's cleanup
    `export function useNodeObserver(onResize) {
       const resizeObserver = useMemo(() => new ResizeObserver(onResize), [onResize]);
       useEffect(() => () => resizeObserver.disconnect(), [resizeObserver]);
       return resizeObserver;
     }`,
    // handed on: whoever receives it ends it
    `export function track(el, registry) {
       const observer = new MutationObserver(() => registry.update(el));
       registry.add(observer);
     }`,
    // made once, at module level
    `const observer = new IntersectionObserver((entries) => entries.forEach(show));
     export function watch(el) { observer.observe(el); }`,
    // a worker that is terminated when its job is done
    `export function convert(data) {
       const worker = new Worker(url);
       worker.onmessage = (e) => { worker.terminate(); done(e.data); };
       worker.postMessage(data);
     }`,
    // a state value ended by an effect's cleanup
    `export function useSize(el, onResize) {
       const [ro] = useState(() => new ResizeObserver(onResize));
       useEffect(() => { ro.observe(el); return () => ro.disconnect(); }, [ro, el]);
     }`,
    // a ref's current value ended at unmount
    `export function useWorker(url) {
       const worker = useRef(new Worker(url));
       useEffect(() => () => worker.current.terminate(), []);
     }`,
    // one-shot: the observer disconnects itself once what it waited for has come
    `export function whenListed(onReady) {
       const observer = new MutationObserver(() => {
         if (!document.querySelector('.list')) return;
         observer.disconnect();
         onReady();
       });
       observer.observe(document.body, { childList: true, subtree: true });
     }`,
    // not the global: the file's own Worker (a request queue, a server class handed in)
    `import Worker from '../worker/index.js';
     export function enqueue(client, job) { const w = new Worker(client); w.push(job); }`,
    `export class Facade {
       constructor(Worker, room) { this.worker = new Worker(room); }
     }`,
    `export class ClassWorker {
       constructor(room: Room, private Worker: ServerClass) { this.worker = new Worker(room); }
     }`,
    // another class's field of the same name being ended does not count, but its own does
    `export class A {
       start() { this.obs = new MutationObserver(() => 1); }
       stop() { this.obs?.disconnect(); }
     }`,
  ],
  invalid: [
    // react-slick ed933c6: componentWillUnmount never disconnects the observer
    { code: slider('clearTimeout(this.timer);'), errors: err() },
    // xyflow 5124b6b: a useMemo observer nothing disconnects (a child handed it as a prop
    // observes and unobserves its own node with it; ending it is still the maker's)
    {
      code: `export function NodeRenderer(props) {
          const resizeObserver = useMemo(() => {
            if (typeof ResizeObserver === 'undefined') return null;
            return new ResizeObserver((entries) => props.updateNodeDimensions(entries));
          }, []);
          return <Nodes observer={resizeObserver} />;
        }`,
      errors: err(),
    },
    {
      code: `export function useNodeObserver(onResize) {
          const resizeObserver = useMemo(() => new ResizeObserver(onResize), [onResize]);
          useEffect(() => { resizeObserver.observe(document.body); }, [resizeObserver]);
        }`,
      errors: err(),
    },
    // lexical 42cf489: a MutationObserver made per call and never disconnected
    {
      code: `export class TableObserver {
          trackTable() {
            const observer = new MutationObserver((records) => this.editor.update(() => records));
            observer.observe(this.tableElement, { childList: true, subtree: true });
          }
        }`,
      errors: err(),
    },
    // react-component/menu b1242f9: the teardown disconnects another observer twice
    {
      code: `export class DOMWrap extends React.Component {
          componentDidMount() {
            this.resizeObserver = new ResizeObserver(() => this.setChildrenWidth());
            this.mutationObserver = new MutationObserver(() => this.setChildrenWidth());
          }
          componentWillUnmount() {
            if (this.resizeObserver) this.resizeObserver.disconnect();
            if (this.resizeObserver) this.resizeObserver.disconnect();
          }
          setChildrenWidth() {}
        }`,
      errors: err(),
    },
    // billboard.js fc812fb's shape, made in place: a Worker per call, never terminated
    {
      code: `export function runWorker(fn, data, callback) {
          const worker = new Worker(URL.createObjectURL(new Blob([fn.toString()])));
          worker.onmessage = (e) => callback(e.data);
          worker.postMessage(data);
        }`,
      errors: err(),
    },
    // Node's worker_threads Worker is the thread
    {
      code: `const { Worker } = require('node:worker_threads');
        export function compress(buf, cb) {
          const worker = new Worker('./compress.js', { workerData: buf });
          worker.on('message', cb);
        }`,
      errors: err(),
    },
    // a state value nothing disconnects
    {
      code: `export function useSize(el, onResize) {
          const [ro] = useState(() => new ResizeObserver(onResize));
          useEffect(() => { ro.observe(el); }, [ro, el]);
        }`,
      errors: err(),
    },
    // a ref's current value nothing terminates
    {
      code: `export function useWorker(url, onMessage) {
          const worker = useRef(new Worker(url));
          useEffect(() => { worker.current.onmessage = onMessage; }, [onMessage]);
        }`,
      errors: err(),
    },
    // used in place
    {
      code: `export function watch(el, cb) { new MutationObserver(cb).observe(el, { attributes: true }); }`,
      errors: err(),
    },
    // an audio context per call
    {
      code: `export function beep() { const ctx = new AudioContext(); const o = ctx.createOscillator(); o.connect(ctx.destination); o.start(); }`,
      errors: err(),
    },
  ],
});

describe('the message', () => {
  it('says what ends the object', () => {
    const code = slider('');
    const found = analyze(parseFile(code, 'slider.js'), code).filter(
      (f) => f.rule === 'no-discarded-disposable',
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('is never disconnected');
    expect(found[0]!.line).toBe(4);
  });
});
