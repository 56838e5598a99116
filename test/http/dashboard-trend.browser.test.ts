/**
 * The dashboard's heap trend card in a real browser (a Chromium already on the machine, found by
 * test/helpers/tools.ts, driven by playwright-core): a real server whose monitor reads a real
 * Node sample with its old generation climbing 8 MiB a read, and reads after major GCs that the
 * test sets. The card must show the floor's growth and what survives major GCs beside it, and
 * what the verdict waits for: an operator who sees "floor growing, no leak" must see why.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { MemoryMonitor } from '../../src/monitor/index.js';
import { launchChromium } from '../helpers/browser.js';
import { needTool } from '../helpers/tools.js';
import { ClimbingHeap, READ, startHarness, type Harness } from './helpers.js';

const MiB = 1048576;
const chromium = needTool('chromium', 'the dashboard heap-trend browser test');

let browser: Browser;
let h: Harness;
let monitor: MemoryMonitor;
const source = new ClimbingHeap();
let now = 1_000_000;

/** One sample 10 s on; `postGc`: the old generation read after a major GC (0: none). */
function step(postGc = 0): void {
  now += 10_000;
  source.postGc = postGc;
  monitor.sample();
}

/** The trend card's rows, once it shows `text` (the page refreshes on its own). */
async function card(page: Page, text: string): Promise<Record<string, string | undefined>> {
  await page.waitForFunction(
    (t) => document.querySelector('#trend')?.textContent?.includes(t),
    text,
    {
      timeout: 15_000,
    },
  );
  return page.$$eval('#trend dt', (dts) =>
    Object.fromEntries(dts.map((dt) => [dt.textContent, dt.nextElementSibling?.textContent])),
  );
}

chromium.describe('dashboard heap trend', () => {
  beforeAll(async () => {
    browser = await launchChromium(chromium.path);
    h = await startHarness((manager) => ({
      monitor: (monitor = new MemoryMonitor({
        connections: manager,
        source,
        clock: () => now,
        limitBytes: 64 * 1024 ** 3,
        trend: { bucketMs: 10_000, windowMs: 600_000, minSpanMs: 60_000, minPoints: 3 },
      })),
      refreshMs: 250,
    }));
  }, 30_000);

  afterAll(async () => {
    monitor?.dispose();
    await h?.close();
    await browser?.close();
  });

  it('shows the confirmed growth beside the floor, and what the verdict waits for', async () => {
    // a major GC's read first (the baseline), then the floor climbs 8 MiB per 10 s
    source.postGc = 50 * MiB;
    monitor.sample();
    for (let i = 0; i < 8; i++) step();
    expect(monitor.trend()).toMatchObject({
      leakSuspected: false,
      awaitingConfirmation: true,
      confirmedGrowthBytesPerMin: null,
    });

    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    await page.goto(h.url + '/monitoring/');
    await page.waitForSelector('#login:not([hidden])');
    await page.fill('#token', READ);
    await page.click('#login button[type=submit]');

    // floor growing, nothing confirmed yet: the card says a major GC decides, and what it needs
    let rows = await card(page, 'no leak yet: a major GC decides');
    expect(rows['Verdict']).toBe('no leak yet: a major GC decides');
    expect(rows['Floor growth']).toMatch(/^49[,.\s]?152 KiB\/min$/); // 8 MiB per 10 s
    expect(rows['Confirmed growth']).toBe('– (needs two reads after major GCs 1 min apart)');
    expect(rows['Waiting for']).toBe('major GCs to confirm the floor (two reads 1 min apart)');
    expect(rows['Why']).toMatch(/not confirmed by a major GC: no two reads after major GCs yet/);

    // a major GC shows the climb was garbage: what survives is where it was 90 s before
    step(50 * MiB);
    rows = await card(page, 'KiB/min after major GCs');
    expect(rows['Verdict']).toBe('no leak yet: a major GC decides');
    expect(rows['Confirmed growth']).toBe('0 KiB/min after major GCs');
    expect(rows['Waiting for']).toBe(
      'the next major GC (the last ones prove less than the threshold)',
    );
    expect(rows['Why']).toMatch(/what survived the last one proves only 0\.00 MiB\/min/);

    // the next one, 60 s on, shows 6 MiB more: a leak, confirmed
    for (let i = 0; i < 5; i++) step();
    step(56 * MiB);
    expect(monitor.trend()?.leakSuspected).toBe(true);
    rows = await card(page, 'leak suspected');
    expect(rows['Verdict']).toBe('leak suspected');
    expect(rows['Confirmed growth']).toMatch(/^6[,.\s]?144 KiB\/min after major GCs$/);
    expect(rows['Waiting for']).toBeUndefined();
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);
});
