// Candidate CU′ (issue #16; scan-corpus/fixes/README.md, "Decision criteria for candidate CU′"):
// a React or Preact class component is ended by its framework whether or not it declares
// `componentWillUnmount()`, so for the timer rules it always has that teardown. Short delays
// (at most 1,000 ms) stay exempt in both rules: with no unmount written, a short timeout is a
// one-shot.
import type { ClassOrModule } from '../facts.js';

const COMPONENT_BASE = /^(?:Component|PureComponent)$/;
const IMPORTS_REACT =
  /(?:\bfrom\s*|\brequire\s*\(\s*|\bimport\s*\(\s*)['"](?:react|preact|preact\/compat)['"]/;

const byFile = new WeakMap<object, boolean>();

/** The class extends `Component`/`PureComponent` in a file that imports React or Preact. */
export function isReactClassComponent(owner: ClassOrModule, src: string, file: object): boolean {
  if (owner.kind !== 'class' || owner.superClass === null) return false;
  if (!COMPONENT_BASE.test(owner.superClass)) return false;
  let imports = byFile.get(file);
  if (imports === undefined) byFile.set(file, (imports = IMPORTS_REACT.test(src)));
  return imports;
}

/** The teardown a React class component has, declared or not. */
export const UNMOUNT = 'componentWillUnmount';
