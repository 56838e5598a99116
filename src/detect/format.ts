/**
 * Plain-text rendering of a RuntimeLeakReport: the compact table the watch command refreshes
 * and the final report printed on exit.
 */
import { checkKnownKeys, checkNumber, optionError } from '../internal/options.js';
import type { HeapSiteReport } from '../internal/heap.js';
import type { RuntimeLeakReport, SiteReport } from './report.js';

export interface FormatOptions {
  /**
   * Add each leaking site's short stack under its row.
   * @default false
   */
  stacks?: boolean;
  /**
   * When nothing grows, list this many of the busiest sites (not growing).
   * @default 0
   */
  top?: number;
  /**
   * Line prefix (e.g. a pid label when several processes report).
   * @default ''
   */
  title?: string;
}

function what(s: SiteReport): string {
  const ev = s.event === null ? '' : ` '${s.event}'`;
  return `${s.receiverType}${ev}`;
}

function pFmt(p: number): string {
  if (p === 0) return '<1e-12';
  return p < 0.001 ? p.toExponential(0) : p.toFixed(3);
}

function table(rows: SiteReport[], stacks: boolean): string[] {
  const head = ['LIVE', 'GROWTH/MIN', 'P', 'KIND', 'RECEIVER', 'SITE'];
  const body = rows.map((s) => [
    String(s.count),
    (s.growthPerMinute >= 0 ? '+' : '') + s.growthPerMinute.toFixed(1),
    pFmt(s.pValue),
    s.kind,
    what(s),
    s.site +
      (s.attribution === 'app' ? '' : ` [${s.attribution}]`) +
      (s.carried ? ` (carried: one set per receiver, ${s.receivers ?? 0} receivers alive)` : ''),
  ]);
  return columns(head, body, stacks ? rows.map((s) => s.stack) : null);
}

/**
 * Aligned columns: the first three right-aligned (figures), the last left as is; with `stacks`,
 * each row's frames after the first under it.
 */
function columns(head: string[], body: string[][], stacks: (readonly string[])[] | null): string[] {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (r: string[]): string =>
    '  ' +
    r
      .map((c, i) =>
        i < 3 ? c.padStart(widths[i]!) : i === r.length - 1 ? c : c.padEnd(widths[i]!),
      )
      .join('  ');
  const out = [line(head)];
  body.forEach((r, i) => {
    out.push(line(r));
    if (stacks !== null) for (const f of stacks[i]!.slice(1)) out.push(`      at ${f}`);
  });
  return out;
}

/** Bytes as a short human figure: `812 B`, `42.0 KiB`, `5.3 MiB`. */
export function formatBytes(n: number): string {
  const a = Math.abs(n);
  if (a < 1024) return `${Math.round(n)} B`;
  if (a < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  if (a < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MiB`;
  return `${(n / 1024 ** 3).toFixed(2)} GiB`;
}

function heapTable(rows: HeapSiteReport[], stacks: boolean): string[] {
  const head = ['RETAINED', 'GROWTH/MIN', 'P', 'ALLOCATED BY', 'SITE'];
  const body = rows.map((h) => [
    formatBytes(h.bytes),
    (h.growthBytesPerMinute >= 0 ? '+' : '') + formatBytes(h.growthBytesPerMinute),
    pFmt(h.pValue),
    h.allocatedBy.map((a) => a.name).join(', ') || '-',
    `${h.functionName} (${h.site})` + (h.attribution === 'app' ? '' : ` [${h.attribution}]`),
  ]);
  return columns(head, body, stacks ? rows.map((h) => h.stack) : null);
}

const FORMAT_KEYS: readonly (keyof FormatOptions)[] = ['stacks', 'top', 'title'];

/** Renders the report as lines of text (no trailing newline). */
export function formatReport(r: RuntimeLeakReport, o: FormatOptions = {}): string {
  if (o === null || typeof o !== 'object') throw optionError('options', 'an object', o);
  checkKnownKeys(o, FORMAT_KEYS);
  if (o.stacks !== undefined && typeof o.stacks !== 'boolean')
    throw optionError('stacks', 'a boolean', o.stacks);
  checkNumber('top', o.top, { integer: true });
  if (o.title !== undefined && typeof o.title !== 'string')
    throw optionError('title', 'a string', o.title);
  const secs = Math.round(r.uptimeMs / 1000);
  const prefix = o.title ? `${o.title} ` : '';
  if (!r.active) return `${prefix}leakguard: no leak finder running in pid ${r.pid}`;
  const heapLeaks = r.heap?.leaks.length ?? 0;
  const counts = [
    r.leaks.length > 0 ? `${r.leaks.length} growing site${r.leaks.length === 1 ? '' : 's'}` : '',
    heapLeaks > 0 ? `${heapLeaks} growing heap site${heapLeaks === 1 ? '' : 's'}` : '',
  ].filter(Boolean);
  const head =
    `${prefix}leakguard: ${counts.length === 0 ? 'no growing sites' : counts.join(', ')}` +
    ` (pid ${r.pid}, ${r.samples} samples over ${secs}s${r.gc ? `, ${r.settledSamples} after a full GC` : ''}, ${r.stats.sites} sites tracked)`;
  const lines = [head];
  if (r.leaks.length > 0) {
    lines.push(...table(r.leaks, o.stacks ?? false));
    const carried = r.leaks.filter((s) => s.carried).length;
    if (carried > 0)
      lines.push(
        `  ${carried === 1 ? '1 site grows' : `${carried} sites grow`} only because ${carried === 1 ? 'its' : 'their'} receivers are kept alive (no receiver holds more of ${carried === 1 ? 'its' : 'their'} listeners than before): look for what keeps the receivers, often another site above.`,
      );
  }
  if (r.internal.length > 0) {
    lines.push(
      `  also growing inside Node (${r.internal.length}; usually kept alive by the above or by unclosed sockets/streams):`,
    );
    lines.push(...table(r.internal.slice(0, 5), false));
  }
  const quiet = r.leaks.length === 0 && r.internal.length === 0;
  if (quiet && (o.top ?? 0) > 0 && r.top.length > 0) {
    lines.push('  busiest sites (not growing):');
    lines.push(...table(r.top.slice(0, o.top), false));
  }
  const heap = r.heap;
  if (heap !== undefined) {
    if (heap.leaks.length > 0) {
      lines.push(
        `  heap: ${heap.leaks.length} allocation site${heap.leaks.length === 1 ? '' : 's'} whose retained memory keeps growing (estimated from V8's sampling heap profiler):`,
      );
      lines.push(...heapTable(heap.leaks, o.stacks ?? false));
    } else if (heap.problem !== null) lines.push(`  heap: off (${heap.problem})`);
    else lines.push('  heap: no growing allocation sites');
    // what the read guard (heap.maxReadPauseMs) did: the interval in use, the last read's pause
    if (heap.problem === null) lines.push(`  ${heapReads(heap)}`);
  }
  return lines.join('\n');
}

/** One line: the sampling interval in use, the last read's pause, and a pause of reads. */
export function heapReads(h: NonNullable<RuntimeLeakReport['heap']>): string {
  const kib =
    h.samplingIntervalBytes >= 1024 * 1024
      ? `${h.samplingIntervalBytes / (1024 * 1024)} MiB`
      : `${h.samplingIntervalBytes / 1024} KiB`;
  const last = h.lastReadMs === null ? 'no read yet' : `last read ${h.lastReadMs} ms`;
  const paused =
    h.paused === null
      ? ''
      : `; reads paused: one would block ~${h.paused.predictedMs} ms (${h.paused.reason === 'gc' ? 'its full GC' : 'even at the widest interval'}), over the ${h.paused.budgetMs} ms budget (heap.maxReadPauseMs)`;
  const gcs = h.skippedGcs > 0 ? `; ${h.skippedGcs} forced GCs skipped (over the budget too)` : '';
  return `heap reads: sampling every ${kib}, ${last} (budget ${h.maxReadPauseMs} ms)${paused}${gcs}`;
}
