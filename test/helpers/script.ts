/**
 * Runs a top-level-await ES module in a child process with nothing else running, against a
 * plain-JavaScript build of leakguard's sources: what a one-off admin script sees.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSrc } from './cached-build.js';

export interface ScriptResult {
  /** Exit code; `null` when killed (the 15 s bound). 13 is Node's "unsettled top-level await". */
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/**
 * Writes `body` after `imports` (`{ name: 'pool/index.js' }` → `import * as name from …`) into a
 * temporary .mjs file and runs it; `dirs` are the src/ folders to build.
 */
export function runScript(
  dirs: readonly string[],
  imports: Record<string, string>,
  body: string,
): Promise<ScriptResult> {
  const src = buildSrc(dirs);
  const dir = mkdtempSync(join(tmpdir(), 'lg-script-'));
  const file = join(dir, 'script.mjs');
  const head = Object.entries(imports)
    .map(([n, p]) => `import * as ${n} from ${JSON.stringify(pathToFileURL(join(src, p)).href)};`)
    .join('\n');
  writeFileSync(file, `${head}\n${body}\n`);
  const start = Date.now();
  return new Promise((resolve) => {
    execFile(process.execPath, [file], { timeout: 15_000 }, (err, stdout, stderr) => {
      rmSync(dir, { recursive: true, force: true });
      const code = err === null ? 0 : typeof err.code === 'number' ? err.code : null;
      resolve({ code, stdout, stderr, ms: Date.now() - start });
    });
  });
}
