// A one-line progress bar on a TTY, redrawn at most every 100 ms. Drawn only when the run has
// at least `minTotal` items; cleared when done so it never mixes with the report.
export interface ProgressBar {
  readonly update: (done: number, total: number) => void;
  readonly done: () => void;
}

interface Tty {
  write(s: string): boolean;
  columns?: number;
}

export function createProgressBar(out: Tty, minTotal: number): ProgressBar {
  let last = 0;
  let drawn = false;
  return {
    update(done, total) {
      if (total < minTotal) return;
      const now = Date.now();
      if (done !== total && now - last < 100) return;
      last = now;
      const width = Math.max(10, Math.min(40, (out.columns ?? 80) - 30));
      const filled = Math.round((done / total) * width);
      out.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} files`);
      drawn = true;
    },
    done() {
      if (drawn) out.write('\r\u001b[2K');
      drawn = false;
    },
  };
}
