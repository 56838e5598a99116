// Worker side of the parallel syntax-only scan: analyses the files it is given and posts one
// message per file. It never writes anything and never throws: a file that cannot be read or
// parsed comes back as an error entry.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { analyze } from './analyze.js';
import type { Finding, RuleId } from './model.js';
import { parseFile, visitorKeys } from './parse.js';
import { fileCalls, textCalls, type FileCalls } from './project.js';
import { onlyEnabled } from './options.js';
import { suppress, type DirectiveProblem, type UnusedDirective } from './suppress.js';

export interface WorkerInput {
  readonly files: readonly string[];
  /** The rules that run (the scan's `rules` option resolved). */
  readonly rules: readonly RuleId[];
  /** The scan's `reportUnusedDisableDirectives`. */
  readonly reportUnused: boolean;
}

export type WorkerResult =
  | {
      readonly file: string;
      readonly lines: number;
      /** What is left after the disable comments (see suppress.ts). */
      readonly findings: Finding[];
      readonly silenced: number;
      readonly problems: DirectiveProblem[];
      readonly unused?: UnusedDirective[];
      /** The file's calls, for the project pass the calling thread runs over every file. */
      readonly calls: FileCalls;
    }
  | {
      readonly file: string;
      readonly lines: number;
      readonly error: string;
      /** A file read but not parsed: its words, for the project pass (`textCalls`). */
      readonly calls?: FileCalls;
    };

function countLines(s: string): number {
  let n = 1;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

const input = workerData as WorkerInput;
const enabled: ReadonlySet<RuleId> = new Set(input.rules);
const out: WorkerResult[] = [];
for (const file of input.files) {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (e) {
    out.push({ file, lines: 0, error: `cannot read: ${(e as Error).message}` });
    continue;
  }
  const lines = countLines(source);
  try {
    const ast = parseFile(source, file);
    const found = onlyEnabled(
      analyze(ast, source, { jsx: /\.[jt]sx$/.test(file), visitorKeys: visitorKeys() }),
      enabled,
    );
    out.push({
      file,
      lines,
      ...suppress(source, ast.comments ?? [], found, {
        reportUnused: input.reportUnused,
        enabled,
        program: ast,
      }),
      calls: fileCalls(ast, visitorKeys()),
    });
  } catch (e) {
    out.push({
      file,
      lines,
      error: `cannot parse: ${(e as Error).message.split('\n')[0] ?? ''}`,
      calls: textCalls(source),
    });
  }
  // Report in small batches: progress stays live without a message per tiny file.
  if (out.length >= 16) parentPort!.postMessage(out.splice(0));
}
parentPort!.postMessage(out.splice(0));
