/**
 * Gated heap snapshots. A snapshot blocks the process for as long as it takes to walk the
 * heap (seconds on big heaps), needs memory about the size of the heap, and contains every
 * secret in memory — so nothing here is automatic unless asked for, and snapshots are spaced
 * by a cooldown.
 */
import { mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import { LeakguardError } from '../core/index.js';

export interface HeapSnapshotOptions {
  /**
   * Directory for snapshots the monitor writes (created when missing).
   * @default process.cwd()
   */
  dir?: string;
  /**
   * Least time between two snapshots written by the monitor (ms).
   * @default 600000 // 10 min
   */
  cooldownMs?: number;
  /**
   * Write a snapshot automatically when a critical heap alert starts (still subject to the
   * cooldown).
   * @default false
   */
  onCritical?: boolean;
  /**
   * Calls `v8.setHeapSnapshotNearHeapLimit(n)` once, so V8 itself writes up to `n` snapshots
   * (into the working directory or `--diagnostic-dir`) when the heap nears its limit.
   * Process-wide and irreversible; a no-op when `--heapsnapshot-near-heap-limit` is set.
   * `0` = off.
   * @default 0
   */
  nearHeapLimit?: number;
}

export interface SnapshotRecord {
  path: string;
  /** Monitor clock (epoch ms). */
  time: number;
  reason: string;
  bytes: number;
  durationMs: number;
}

export interface SnapshotState {
  /** Snapshots written through the monitor, newest last (at most 20). */
  written: SnapshotRecord[];
  /** `n` passed to `v8.setHeapSnapshotNearHeapLimit`, 0 when not enabled by the monitor. */
  nearHeapLimit: number;
  onCritical: boolean;
  cooldownMs: number;
  /** When the next snapshot is allowed (epoch ms). */
  nextAllowedAt: number;
}

const KEEP = 20;

export class HeapSnapshots {
  readonly #dir: string;
  readonly #cooldownMs: number;
  readonly onCritical: boolean;
  readonly #nearHeapLimit: number;
  readonly #clock: () => number;
  #written: SnapshotRecord[] = [];
  #last = -Infinity;
  #seq = 0;

  constructor(options: HeapSnapshotOptions, clock: () => number) {
    this.#dir = resolve(options.dir ?? process.cwd());
    this.#cooldownMs = options.cooldownMs ?? 600_000;
    this.onCritical = options.onCritical ?? false;
    this.#nearHeapLimit = options.nearHeapLimit ?? 0;
    this.#clock = clock;
    if (this.#nearHeapLimit > 0) v8.setHeapSnapshotNearHeapLimit(this.#nearHeapLimit);
  }

  /** True when the cooldown allows a snapshot now. */
  get allowed(): boolean {
    return this.#clock() >= this.#last + this.#cooldownMs;
  }

  /**
   * Writes a snapshot into `dir` (default: the configured one) and returns its record.
   * Throws LEAKGUARD_SNAPSHOT_COOLDOWN inside the cooldown.
   */
  write(reason: string, dir?: string): SnapshotRecord {
    const now = this.#clock();
    if (now < this.#last + this.#cooldownMs)
      throw new LeakguardError(
        'LEAKGUARD_SNAPSHOT_COOLDOWN',
        `A heap snapshot was written ${Math.round((now - this.#last) / 1000)} s ago; the next is allowed in ${Math.ceil((this.#last + this.#cooldownMs - now) / 1000)} s`,
      );
    const target = resolve(dir ?? this.#dir);
    mkdirSync(target, { recursive: true });
    const file = join(target, `leakguard-${now}-${process.pid}-${++this.#seq}.heapsnapshot`);
    // the cooldown starts before writing: a snapshot that throws half-way still counts
    this.#last = now;
    const t0 = performance.now();
    const path = v8.writeHeapSnapshot(file);
    const record: SnapshotRecord = {
      path,
      time: now,
      reason,
      bytes: statSync(path).size,
      durationMs: performance.now() - t0,
    };
    this.#written.push(record);
    if (this.#written.length > KEEP) this.#written.shift();
    return record;
  }

  state(): SnapshotState {
    return {
      written: this.#written.slice(),
      nearHeapLimit: this.#nearHeapLimit,
      onCritical: this.onCritical,
      cooldownMs: this.#cooldownMs,
      nextAllowedAt: Math.max(0, this.#last + this.#cooldownMs),
    };
  }
}
