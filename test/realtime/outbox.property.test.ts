import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Outbox, type DropReason } from '../../src/realtime/outbox.js';

type Op =
  { op: 'push'; bytes: number; at: number } | { op: 'shift' } | { op: 'expire'; cutoff: number };

const ops = fc.array(
  fc.oneof(
    fc.record({
      op: fc.constant('push' as const),
      bytes: fc.integer({ min: 0, max: 40 }),
      at: fc.integer({ min: 0, max: 5 }),
    }),
    fc.record({ op: fc.constant('shift' as const) }),
    fc.record({ op: fc.constant('expire' as const), cutoff: fc.integer({ min: 0, max: 1000 }) }),
  ),
  { maxLength: 300 },
);

describe('Outbox properties', () => {
  it('stays within bounds, keeps FIFO order, and accounts for every message', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 100 }),
        ops,
        (maxN, maxB, list) => {
          const o = new Outbox();
          const model: { id: number; bytes: number; at: number }[] = [];
          let clock = 0;
          let nextId = 0;
          let pushed = 0;
          let delivered = 0;
          let expired = 0;
          const dropped: Record<string, number> = {};
          const onDrop = (r: DropReason, n: number): void => {
            dropped[r] = (dropped[r] ?? 0) + n;
          };
          for (const step of list as Op[]) {
            if (step.op === 'push') {
              clock += step.at; // time never goes back
              pushed++;
              const id = nextId++;
              o.push({ data: String(id), bytes: step.bytes, at: clock }, maxN, maxB, onDrop);
              if (step.bytes <= maxB) {
                model.push({ id, bytes: step.bytes, at: clock });
                while (model.length > maxN) model.shift();
                while (model.reduce((a, m) => a + m.bytes, 0) > maxB) model.shift();
              }
            } else if (step.op === 'shift') {
              const q = o.shift();
              const m = model.shift();
              expect(q?.data).toBe(m === undefined ? undefined : String(m.id));
              if (q) delivered++;
            } else {
              const cutoff = Math.min(step.cutoff, clock);
              expired += o.expire(cutoff)[0];
              while (model.length > 0 && model[0]!.at < cutoff) model.shift();
            }
            expect(o.count).toBe(model.length);
            expect(o.count).toBeLessThanOrEqual(maxN);
            expect(o.bytes).toBeLessThanOrEqual(maxB);
            expect(o.bytes).toBe(model.reduce((a, m) => a + m.bytes, 0));
            expect(o.empty).toBe(model.length === 0);
          }
          const totalDropped = Object.values(dropped).reduce((a, b) => a + b, 0);
          // expired messages are returned to the caller (who reports them), not passed to onDrop
          const [left] = o.clear();
          expect(pushed).toBe(delivered + totalDropped + expired + left);
        },
      ),
      { numRuns: 200 },
    );
  });
});
