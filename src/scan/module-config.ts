// How the project pass resolves an import that is not a relative path (candidate BU): as
// TypeScript does, by the `paths` and `baseUrl` of the nearest tsconfig.json (or
// jsconfig.json, its JavaScript twin), so `import MainWindow from 'app/mainWindow/mainWindow'`
// with `"baseUrl": "./src"` names `src/app/mainWindow/mainWindow.ts`. Only what a scanned file
// can be found at is resolved; an import the settings do not lead to a scanned file is read as
// before (a package's, or by the name it binds).
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** One `paths` entry: `prefix*suffix` (or an exact key, `star` false) → absolute targets. */
export interface PathPattern {
  readonly prefix: string;
  readonly suffix: string;
  readonly star: boolean;
  /** Absolute paths, each with at most one `*` standing for what the pattern's `*` matched. */
  readonly targets: readonly string[];
}

/** What a config says about resolving non-relative imports; null when it says nothing. */
export interface ModuleConfig {
  /** Absolute `baseUrl`, or null. */
  readonly baseUrl: string | null;
  readonly paths: readonly PathPattern[];
}

/** Config files looked for in each folder, the first found wins (TypeScript's order). */
const NAMES = ['tsconfig.json', 'jsconfig.json'];
/** How many `extends` are followed, at most (a loop stops there). */
const MAX_EXTENDS = 8;

/**
 * The nearest config up from a folder, per folder (cached): its module settings, or null when
 * there is none, it cannot be read, or it sets neither `baseUrl` nor `paths`.
 */
export class ModuleConfigs {
  readonly #byDir = new Map<string, ModuleConfig | null>();

  of(dir: string): ModuleConfig | null {
    const known = this.#byDir.get(dir);
    if (known !== undefined) return known;
    let found: ModuleConfig | null | undefined;
    for (const name of NAMES) {
      const text = readText(join(dir, name));
      if (text !== null) {
        found = settingsOf(join(dir, name), text);
        break;
      }
    }
    if (found === undefined) {
      const up = dirname(dir);
      found = up === dir ? null : this.of(up);
    }
    this.#byDir.set(dir, found);
    return found;
  }
}

function readText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

interface Raw {
  baseUrl?: { value: string; from: string };
  paths?: { value: Record<string, unknown>; from: string };
}

/** The settings of a config file and of those it extends by a relative path. */
export function settingsOf(file: string, text: string): ModuleConfig | null {
  const raw: Raw = {};
  collect(file, text, raw, 0);
  if (raw.baseUrl === undefined && raw.paths === undefined) return null;
  const baseUrl =
    raw.baseUrl === undefined ? null : resolve(dirname(raw.baseUrl.from), raw.baseUrl.value);
  const paths: PathPattern[] = [];
  if (raw.paths !== undefined) {
    // Targets are relative to baseUrl when there is one, else to the config that sets `paths`.
    const root = baseUrl ?? dirname(raw.paths.from);
    for (const [key, value] of Object.entries(raw.paths.value)) {
      if (!Array.isArray(value)) continue;
      const targets = value
        .filter((t): t is string => typeof t === 'string')
        .map((t) => resolve(root, t));
      const star = key.indexOf('*');
      if (star !== key.lastIndexOf('*')) continue;
      paths.push(
        star === -1
          ? { prefix: key, suffix: '', star: false, targets }
          : { prefix: key.slice(0, star), suffix: key.slice(star + 1), star: true, targets },
      );
    }
  }
  return { baseUrl, paths };
}

/** Reads one config into `raw`: its own settings win over those of what it extends. */
function collect(file: string, text: string, raw: Raw, depth: number): void {
  const json = parseJsonc(text);
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return;
  const o = json as Record<string, unknown>;
  const opts = o.compilerOptions;
  if (opts !== null && typeof opts === 'object' && !Array.isArray(opts)) {
    const c = opts as Record<string, unknown>;
    if (raw.baseUrl === undefined && typeof c.baseUrl === 'string')
      raw.baseUrl = { value: c.baseUrl, from: file };
    if (
      raw.paths === undefined &&
      c.paths !== null &&
      typeof c.paths === 'object' &&
      !Array.isArray(c.paths)
    )
      raw.paths = { value: c.paths as Record<string, unknown>, from: file };
  }
  if (depth >= MAX_EXTENDS) return;
  // `extends`: a string or (TypeScript 5) an array, later entries winning; only relative paths
  // (a package's config is not in the scanned tree).
  const ext =
    typeof o.extends === 'string' ? [o.extends] : Array.isArray(o.extends) ? o.extends : [];
  for (const e of [...ext].reverse()) {
    if (typeof e !== 'string' || !(e.startsWith('./') || e.startsWith('../'))) continue;
    const target = join(dirname(file), e.endsWith('.json') ? e : `${e}.json`);
    const t = readText(target);
    if (t !== null) collect(target, t, raw, depth + 1);
  }
}

/**
 * JSON with comments and trailing commas, as tsconfig.json is written; null when it still does
 * not parse.
 */
export function parseJsonc(text: string): unknown {
  let out = '';
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (c === '"') {
      // A string, copied whole (escapes included).
      let j = i + 1;
      while (j < n && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < n && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? n : end + 2;
    } else if (c === ',') {
      // A trailing comma: the next token closes the object or array.
      let j = i + 1;
      for (;;) {
        while (j < n && /\s/.test(text[j]!)) j++;
        if (text[j] === '/' && text[j + 1] === '/') {
          while (j < n && text[j] !== '\n') j++;
        } else if (text[j] === '/' && text[j + 1] === '*') {
          const end = text.indexOf('*/', j + 2);
          j = end === -1 ? n : end + 2;
        } else break;
      }
      if (text[j] !== '}' && text[j] !== ']') out += c;
      i++;
    } else {
      out += c;
      i++;
    }
  }
  try {
    return JSON.parse(out) as unknown;
  } catch {
    return null;
  }
}

/**
 * The absolute paths a non-relative import may name by the config, in TypeScript's order: the
 * `paths` entry that matches (an exact key first, else the one with the longest prefix), then
 * `baseUrl`.
 */
export function candidatesOf(config: ModuleConfig, spec: string): string[] {
  const out: string[] = [];
  let best: PathPattern | null = null;
  let matched = '';
  for (const p of config.paths) {
    if (!p.star) {
      if (p.prefix === spec) {
        best = p;
        matched = '';
        break;
      }
      continue;
    }
    if (
      spec.length >= p.prefix.length + p.suffix.length &&
      spec.startsWith(p.prefix) &&
      spec.endsWith(p.suffix) &&
      (best === null || (best.star && p.prefix.length > best.prefix.length))
    ) {
      best = p;
      matched = spec.slice(p.prefix.length, spec.length - p.suffix.length);
    }
  }
  if (best !== null) for (const t of best.targets) out.push(t.replace('*', matched));
  if (config.baseUrl !== null) out.push(join(config.baseUrl, spec));
  return out;
}
