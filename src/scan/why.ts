// The project pass's answer to "why is this finding kept?" in words (issue #16): the function
// around the finding and why it may run any number of times, up its chain of callers
// (ProjectPass.explain). Shown by `leakguard scan --why` and `scripts/project-why.ts`; a user
// who knows the function runs once marks the function the chain ends at `// leakguard-once`.
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import type { WhyStep } from './project-explain.js';
import { lineStarts, position } from './syntax.js';

/** Each reason as the sentence says it. */
export const WHY_SAYS: Readonly<Record<WhyStep['reason'], string>> = {
  bounded: 'runs a bounded number of times',
  'callback per event': 'is a callback that runs per event',
  'callback in a loop': 'is a callback made in a loop',
  'callback of': 'is a callback in',
  anonymous: 'is an anonymous function passed or stored as a value, whose calls nobody counts',
  'library export': 'is exported by a library: its users may call it any number of times',
  'used as a value': 'is used as a value (passed, stored or read without a call)',
  'no calls': 'has no call in the scanned files',
  'called in a loop': 'is called in a loop',
  'called from': 'is called from',
  cycle: 'again: a cycle of calls, none of them bounded',
  deeper: '… (more callers)',
};

/**
 * The steps as one sentence: "`start` (lib.js:1) is called from `onJoin` (main.js:5), which has
 * no call in the scanned files". Files are shown relative to `root`; `lines` caches each file's
 * line index (read from disk when missing).
 */
export function whySentence(
  steps: readonly WhyStep[],
  root: string,
  lines: Map<string, number[]> = new Map(),
): string {
  // Each step after the first names the caller the one before ends with: "…, which …".
  return steps
    .map((s, i) => {
      const where = `${nameOf(s.name)} (${place(root, s.file, s.start, lines)})`;
      const loop =
        s.in === undefined
          ? ''
          : ` in ${nameOf(s.in.name)} (${place(root, s.in.file, s.in.start, lines)})`;
      return `${where}${i === 0 ? '' : ', which'} ${WHY_SAYS[s.reason]}${loop}`;
    })
    .join(' ');
}

/** A function as the sentence names it: `` `start` ``, `` `new Server` ``, or "a function". */
function nameOf(name: string | null): string {
  return name === null ? 'a function' : `\`${name.replace(/^new:/, 'new ')}\``;
}

/** `file:line` of an offset, relative to `root` (each file's line index read once, in `lines`). */
function place(root: string, file: string, offset: number, lines: Map<string, number[]>): string {
  let starts = lines.get(file);
  if (starts === undefined) {
    let text = '';
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      // A file gone since the scan read it: line 1, rather than no answer.
    }
    lines.set(file, (starts = lineStarts(text)));
  }
  return `${relative(root, file).split(sep).join('/')}:${position(starts, offset).line}`;
}
