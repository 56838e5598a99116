/**
 * The dashboard's heap-site rows in a real browser (a Chromium already on the machine, found by
 * test/helpers/tools.ts, driven by playwright-core): a real server whose `/monitoring/leaks`
 * serves a real runtime finder's report, that finder's heap sampler fed with profiles through
 * its `_ingest` hook (a site under the working directory that keeps growing, one outside it,
 * and one that stays flat). The leak-suspects area must list the growing sites with their
 * function, site, retained bytes and growth, and show no absolute path.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { LeakFinder } from '../../src/detect/finder.js';
import type { HeapSampler, ProfileNode } from '../../src/internal/heap.js';
import { launchChromium } from '../helpers/browser.js';
import { needTool } from '../helpers/tools.js';
import { READ, startHarness, type Harness } from './helpers.js';

const MiB = 1048576;
const chromium = needTool('chromium', 'the dashboard heap-sites browser test');
const INSIDE = join(process.cwd(), 'srv-app', 'chat.js'); // shown relative to the cwd
const OUTSIDE = '/srv/secret/app/src/cache.js'; // shown as …/src/cache.js

let browser: Browser;
let h: Harness;
let finder: LeakFinder;

const node = (functionName: string, url: string, line: number, selfSize: number): ProfileNode =>
  ({
    callFrame: { functionName, url, lineNumber: line - 1, columnNumber: 2, scriptId: '0' },
    selfSize,
    children: [],
  }) as ProfileNode;

chromium.describe('dashboard heap sites', () => {
  beforeAll(async () => {
    finder = new LeakFinder({
      sampleIntervalMs: 3_600_000, // no timer sample: the profiles below are all it sees
      heap: { minGrowthBytes: MiB },
    });
    finder.start();
    const sampler = (finder as unknown as { heap: HeapSampler }).heap;
    // 12 settled reads 10 s apart: keepHistory +1 MiB a read (6 MiB/min), loadRows +0.5 MiB
    // a read (3 MiB/min), warmTable flat at 4 MiB
    for (let i = 0; i < 12; i++)
      sampler._ingest(
        {
          ...node('(root)', '', 0, 0),
          children: [
            node('keepHistory', INSIDE, 41, (2 + i) * MiB),
            node('loadRows', OUTSIDE, 7, (1 + i * 0.5) * MiB),
            node('warmTable', INSIDE, 90, 4 * MiB),
          ],
        },
        i * 10_000,
        true,
      );
    browser = await launchChromium(chromium.path);
    h = await startHarness({ leakReport: () => finder.report() });
  }, 30_000);

  afterAll(async () => {
    finder?.stop();
    await h?.close();
    await browser?.close();
  });

  it('lists the growing heap sites with site, bytes and growth, and relative paths only', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    await page.goto(h.url + '/monitoring/');
    await page.waitForSelector('#login:not([hidden])');
    await page.fill('#token', READ);
    await page.click('#login button[type=submit]');
    await page.waitForSelector('#leaks table', { timeout: 15_000 });

    const rows = await page.$$eval('#leaks tbody tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
    );
    const heapRows = rows.filter((r) => r[2] === 'heap');
    expect(heapRows).toEqual([
      [
        'keepHistory (srv-app/chat.js:41:3)',
        'heap sites',
        'heap',
        '13 MiB',
        '+6 MiB/min',
        'growing',
      ],
      ['loadRows (…/src/cache.js:7:3)', 'heap sites', 'heap', '6.5 MiB', '+3 MiB/min', 'growing'],
    ]);
    const text = (await page.textContent('#leaks')) ?? '';
    expect(text).not.toContain(process.cwd());
    expect(text).not.toContain('/srv/secret');
    expect(text).not.toContain('warmTable');
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);
});
