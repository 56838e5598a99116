// Runtime evidence for static findings (`leakguard scan --runtime <report>`): the final report of
// the runtime finder (`leakguard watch --report`, `LEAKGUARD_REPORT`) lists every site of the
// app's own code that made listeners, timers or sockets, with how many it made and whether they
// kept growing. A finding whose call is such a site is marked `growing` (the leak was seen),
// `carried` (it grew only because its receivers were kept alive by something else), `ran` (its
// code made resources that did not grow while it ran) or `not-seen` (the run never
// saw it make anything: not reached, not sampled, or an emitter the finder does not hook). The
// finder and the scanner share no code: this module reads the report's JSON.
import { readFileSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from './files.js';
import type { Finding, RuntimeEvidence } from './model.js';

/**
 * What the scanner reads of one site of a runtime report (`RuntimeSiteSummary` of the finder:
 * src/detect/report.ts). Declared here, not imported: the scanner reads the report's JSON, and
 * the layers import downward only (scan does not import detect).
 */
export interface ReportSite {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly created: number;
  readonly count: number;
  readonly growthPerMinute: number;
  readonly leaking: boolean;
  /** Growing only because its receivers accumulate (absent in reports before it existed). */
  readonly carried?: boolean;
  /** What the site made (`listener`, `interval`…), on what, for which event: shown, not matched. */
  readonly kind?: string;
  readonly receiverType?: string;
  readonly event?: string | null;
}

/**
 * A site that kept growing in a run, in a scanned file, where the scan reports no finding: a
 * leak the rules do not describe (or one whose finding is silenced or baselined).
 */
export interface RuntimeOnlySite {
  /** Path relative to `cwd`, with `/` separators. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** `listener`, `interval`, `timeout`, `socket`… as the finder reports it (null if absent). */
  readonly kind: string | null;
  readonly receiverType: string | null;
  readonly event: string | null;
  /** Fastest growth in any run, resources per minute. */
  readonly growthPerMinute: number;
  /** Resources alive at the end of the runs, summed. */
  readonly live: number;
  /** Growing only because its receivers accumulated, in every run where it grew. */
  readonly carried: boolean;
}

/** Counts of findings by runtime status, and how many reports were read. */
export interface RuntimeSummary {
  /** Process reports read (one per instrumented process; those with no finder left out). */
  readonly reports: number;
  readonly growing: number;
  readonly carried: number;
  readonly ran: number;
  readonly notSeen: number;
  /** Findings left out by `runtimeStatus` (counted in the four above, not in `findings`). */
  readonly hidden: number;
  /** Sites that grew in a scanned file with no finding on them (`ScanResult.runtimeOnly`). */
  readonly runtimeOnly: number;
}

/** What a site made and on what, for a reader: `listener EventEmitter 'tick'`, `interval Timeout`. */
export function runtimeSiteText(o: RuntimeOnlySite): string {
  return [o.kind, o.receiverType, o.event === null ? null : `'${o.event}'`]
    .filter((x) => x !== null)
    .join(' ');
}

/** A growth rate for a reader, to a tenth: `+12.5/min`. */
export function growthText(perMinute: number): string {
  return `+${Math.round(perMinute * 10) / 10}/min`;
}

/** A runtime report that cannot be used (missing, not JSON, no site list). */
export class RuntimeReportError extends UsageError {}

/** The app sites of a set of runtime reports, by real path of their file. */
export class RuntimeSites {
  readonly #byFile = new Map<string, ReportSite[]>();
  /** Sites some finding's call covered (`evidenceFor`). */
  readonly #matched = new Set<ReportSite>();
  /** Process reports read (one per instrumented process). */
  readonly reports: number;

  constructor(reports: readonly { readonly sites: readonly ReportSite[] }[]) {
    this.reports = reports.length;
    for (const r of reports) {
      for (const s of r.sites) {
        const key = realPath(s.file);
        let list = this.#byFile.get(key);
        if (list === undefined) this.#byFile.set(key, (list = []));
        list.push(s);
      }
    }
  }

  /**
   * The evidence for each finding of one file (absolute path `abs`, text `source`): the sites
   * on the finding's callee — from its start to the first `(` after it, where V8 places a call's
   * frame (`bus.on(` at `on`, `setInterval(` at its start).
   */
  evidenceFor(abs: string, source: string, findings: readonly Finding[]): RuntimeEvidence[] {
    const sites = this.#byFile.get(realPath(abs)) ?? [];
    const starts = sites.length === 0 ? [] : lineStarts(source);
    return findings.map((f) => {
      const paren = source.indexOf('(', f.start);
      const end = paren === -1 || paren > f.end ? f.end : paren;
      let created = 0;
      let live = 0;
      let growth = 0;
      let matched = false;
      let growing = false;
      let carried = false;
      for (const s of sites) {
        const at = offsetOf(starts, s.line, s.column);
        if (at < f.start || at > end) continue;
        matched = true;
        this.#matched.add(s);
        created += s.created;
        live += s.count;
        if (s.leaking) {
          if (s.carried === true) carried = true;
          else growing = true;
          growth = Math.max(growth, s.growthPerMinute);
        }
      }
      return {
        status: growing ? 'growing' : carried ? 'carried' : matched ? 'ran' : 'not-seen',
        created,
        live,
        growthPerMinute: growth,
      };
    });
  }

  /**
   * The growing sites that no finding covered (after `evidenceFor` ran on every reported file),
   * in the files of `scanned` (real path → the path the scan reports), merged across reports by
   * position; sites that grew by themselves first, then carried ones; fastest first.
   */
  unmatchedGrowing(scanned: ReadonlyMap<string, string>): RuntimeOnlySite[] {
    const byPos = new Map<string, RuntimeOnlySite>();
    for (const [file, list] of this.#byFile) {
      const shown = scanned.get(file);
      if (shown === undefined) continue;
      for (const s of list) {
        if (!s.leaking || this.#matched.has(s)) continue;
        const key = `${file}:${s.line}:${s.column}`;
        const was = byPos.get(key);
        const carried = s.carried === true;
        byPos.set(key, {
          file: shown,
          line: s.line,
          column: s.column,
          kind: was?.kind ?? s.kind ?? null,
          receiverType: was?.receiverType ?? s.receiverType ?? null,
          event: was?.event ?? s.event ?? null,
          growthPerMinute: Math.max(was?.growthPerMinute ?? 0, s.growthPerMinute),
          live: (was?.live ?? 0) + s.count,
          carried: (was?.carried ?? true) && carried,
        });
      }
    }
    return [...byPos.values()].sort(
      (a, b) => Number(a.carried) - Number(b.carried) || b.growthPerMinute - a.growthPerMinute,
    );
  }
}

/** Real path when the file exists (the finder reports module paths, which Node resolves). */
export function realPath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}

function lineStarts(source: string): number[] {
  const out = [0];
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) out.push(i + 1);
  return out;
}

/** Offset of a 1-based line and column; -1 when the line is not in the file. */
function offsetOf(starts: readonly number[], line: number, column: number): number {
  const s = starts[line - 1];
  return s === undefined ? -1 : s + column - 1;
}

/**
 * Reads runtime reports (paths relative to `cwd`). A file may hold what `leakguard watch
 * --report` writes (`{ processes: [...] }`), one process's report (`LEAKGUARD_REPORT`), or an
 * array of such reports. Reports of processes with no finder (`active: false`) are skipped;
 * an active one without `sites` (written by a live endpoint or an older version) is an error,
 * since it cannot tell code that ran from code that did not.
 */
export function readRuntimeReports(paths: readonly string[], cwd: string): RuntimeSites {
  const reports: { sites: ReportSite[] }[] = [];
  for (const p of paths) {
    const file = resolve(cwd, p);
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    } catch (e) {
      throw new RuntimeReportError(`cannot read runtime report ${p}: ${(e as Error).message}`);
    }
    const list = processReports(value);
    if (list === null)
      throw new RuntimeReportError(
        `runtime report ${p} is not a report of leakguard's runtime finder (leakguard watch --report, LEAKGUARD_REPORT)`,
      );
    for (const [i, r] of list.entries()) {
      if (r.active === false) continue;
      if (!Array.isArray(r.sites) || !r.sites.every(isSiteSummary))
        throw new RuntimeReportError(
          `runtime report ${p}${list.length > 1 ? ` (process ${i + 1})` : ''} has no list of sites: write it with leakguard watch --report or LEAKGUARD_REPORT (a final report), not from GET /monitoring/leaks`,
        );
      reports.push({ sites: r.sites });
    }
  }
  return new RuntimeSites(reports);
}

type Loose = { active?: unknown; sites?: unknown };

function processReports(value: unknown): Loose[] | null {
  const isReport = (v: unknown): v is Loose =>
    v !== null && typeof v === 'object' && 'active' in v && 'leaks' in v;
  if (Array.isArray(value)) return value.every(isReport) ? value : null;
  if (value !== null && typeof value === 'object' && 'processes' in value) {
    const ps = (value as { processes: unknown }).processes;
    return Array.isArray(ps) && ps.every(isReport) ? ps : null;
  }
  return isReport(value) ? [value] : null;
}

function isSiteSummary(s: unknown): s is ReportSite {
  if (s === null || typeof s !== 'object') return false;
  const o = s as Record<string, unknown>;
  return (
    typeof o.file === 'string' &&
    Number.isInteger(o.line) &&
    Number.isInteger(o.column) &&
    typeof o.created === 'number' &&
    typeof o.count === 'number' &&
    typeof o.growthPerMinute === 'number' &&
    typeof o.leaking === 'boolean' &&
    (o.carried === undefined || typeof o.carried === 'boolean') &&
    (o.kind === undefined || typeof o.kind === 'string') &&
    (o.receiverType === undefined || typeof o.receiverType === 'string') &&
    (o.event === undefined || o.event === null || typeof o.event === 'string')
  );
}
