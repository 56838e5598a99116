/**
 * The dashboard in a real browser: a Chromium already on the machine (test/helpers/tools.ts; never
 * a downloaded browser), driven by playwright-core. It enters the token once, sees both charts draw data, sees an alert
 * appear when the RSS threshold is forced, keeps the token across a reload, makes no request
 * to another origin, and logs no console error. A screenshot is saved under test-results/.
 */
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/browser.js';
import { needTool } from '../helpers/tools.js';
import { WebSocket } from 'ws';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ObjectPool } from '../../src/pool/index.js';
import { SessionManager } from '../../src/realtime/index.js';
import { READ, startHarness, type Harness } from './helpers.js';

let browser: Browser;
let h: Harness;
let sessions: SessionManager;
const clients: WebSocket[] = [];
const chromium = needTool('chromium', 'the dashboard browser test');

chromium.describe('dashboard', () => {
  beforeAll(async () => {
    browser = await launchChromium(chromium.path);
    h = await startHarness((manager) => {
      sessions = new SessionManager({ manager, heartbeatMs: 60_000 });
      return { sessions, refreshMs: 500 };
    });
    h.server.on('upgrade', (req, socket, head) => sessions.handleUpgrade(req, socket, head));
    for (let i = 0; i < 2; i++) {
      const ws = new WebSocket(h.url.replace('http', 'ws') + '/play');
      clients.push(ws);
      await new Promise((r, j) => ws.once('open', r).once('error', j));
    }
    for (let i = 0; i < 4; i++)
      h.manager.scope({ service: i % 2 ? 'chat' : 'world' }).defer(() => {});
    const pool = new ObjectPool({ name: 'vectors', create: () => ({}), registry: h.pools });
    pool.release(pool.acquire());
    pool.acquire();
    h.monitor.start();
  }, 30_000);

  afterAll(async () => {
    for (const ws of clients) ws.terminate();
    await sessions?.close({ timeoutMs: 1000 });
    await h?.close();
    await browser?.close();
  });

  it('renders live charts, shows a forced alert, keeps the token, and logs no console error', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const problems: string[] = [];
    const foreign: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('request', (r) => {
      if (!r.url().startsWith(h.url) && !r.url().startsWith('data:')) foreign.push(r.url());
    });

    await page.goto(h.url + '/monitoring/');
    await page.waitForSelector('#login:not([hidden])');
    await page.fill('#token', READ);
    await page.click('#login button[type=submit]');
    await page.waitForSelector('body[data-charts=ready]');
    await page.waitForFunction(() => Number(document.body.dataset.points) >= 4, undefined, {
      timeout: 15_000,
    });

    // both charts drew something: count painted pixels on each uPlot canvas
    for (const id of ['chart-memory', 'chart-connections']) {
      const painted = await page.$eval(`#${id} canvas`, (c) => {
        const canvas = c as HTMLCanvasElement;
        const d = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        let n = 0;
        for (let i = 3; i < d.length; i += 4) if (d[i]! > 0) n++;
        return n;
      });
      expect(painted, id).toBeGreaterThan(500);
    }
    await expect.poll(() => page.textContent('#sessions')).toContain('Connected2');
    expect(await page.textContent('#services')).toContain('world');
    expect(await page.textContent('#pools')).toContain('vectors');
    expect(await page.$('#alerts .alert[data-level=critical]')).toBeNull();

    // force the RSS threshold: the next samples read 95 % of the limit
    h.source.rssShare = 0.95;
    await page.waitForSelector('#alerts .alert[data-level=critical]', { timeout: 10_000 });
    expect(await page.textContent('#alerts')).toMatch(/RSS/i);
    expect(await page.textContent('#tiles')).toContain('most severe: critical');

    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/http-dashboard.png', fullPage: true });

    // the token is kept for the tab: a reload goes straight to the data
    await page.reload();
    await page.waitForSelector('body[data-charts=ready]');
    expect(await page.isHidden('#login')).toBe(true);
    expect(await page.evaluate(() => sessionStorage.getItem('leakguard.token'))).toBe(READ);

    expect(foreign).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  it('asks again when the stored token is refused', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    await page.goto(h.url + '/monitoring/');
    await page.evaluate(() =>
      sessionStorage.setItem('leakguard.token', 'revoked-token-0000000000'),
    );
    await page.reload();
    await page.waitForSelector('#login:not([hidden])');
    expect(await page.textContent('#login-error')).toContain('refused');
    expect(problems).toEqual([]);
    await page.close();
  }, 30_000);
});
