/**
 * `npm start -- --nodes 2` as a user sees it, in a real browser: the game page says which node
 * the player is on and, when a reconnect lands on the other node, that the session moved; that
 * node's dashboard has a Node tile naming it. Needs redis-server and a Chromium
 * (test/helpers/tools.ts): skipped with one line when either is absent, failing under CI=true.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from '../../test/helpers/browser.js';
import { needTool } from '../../test/helpers/tools.js';
import { cleanup, startArenaProcess, type ArenaProcess } from './support/harness.js';

const redis = needTool('redis-server', 'the arena fleet browser test');
const chromium = needTool('chromium', 'the arena fleet browser test');
const gated = redis.gate.mode === 'run' ? chromium : redis;

let browser: Browser | undefined;
let arena: ArenaProcess | undefined;

gated.describe('the arena as two nodes, in a browser', () => {
  beforeAll(async () => {
    [browser, arena] = await Promise.all([
      launchChromium(chromium.path),
      startArenaProcess(['--nodes', '2', '--bots', '0']),
    ]);
  }, 40_000);

  afterAll(async () => {
    await browser?.close();
    await arena?.stop('SIGTERM', 20_000);
    await cleanup();
  });

  it('the page names the node, says when the session moved, and that node’s dashboard names it', async () => {
    const a = arena as ArenaProcess;
    const page = await (browser as Browser).newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(String(e)));
    await page.goto(a.url);
    await page.fill('#name', 'Webby');
    await page.click('#join button[type=submit]');
    const onNode = page.locator('#log .line-system', { hasText: /^You are on node-\d\.$/ });
    await onNode.first().waitFor();
    const home = (await onNode.first().textContent())?.match(/node-\d/)?.[0];
    expect(home).toMatch(/^node-[12]$/);

    const moved = page.locator('#log .line-system', { hasText: /^Reconnected on node-\d/ });
    for (let i = 0; i < 4 && (await moved.count()) === 0; i++) {
      const seen = await onNode.count();
      await page.evaluate('state.ws.close()');
      await page.waitForFunction(
        (n) =>
          [...document.querySelectorAll('#log .line-system')].filter((e) =>
            /^You are on node-\d\.$/.test(e.textContent ?? ''),
          ).length > n,
        seen,
        { timeout: 15_000 },
      );
    }
    const text = (await moved.first().textContent()) ?? '';
    expect(text).toMatch(new RegExp(`^Reconnected on node-\\d \\(you were on ${home}\\)`));
    const there = /^Reconnected on (node-\d)/.exec(text)?.[1] as string;
    expect(there).not.toBe(home);

    const url = new RegExp(`${there}:\\s+(http://127\\.0\\.0\\.1:\\d+/)`).exec(a.output())?.[1];
    const dash = await (browser as Browser).newPage();
    dash.on('pageerror', (e) => problems.push(String(e)));
    await dash.goto(`${url ?? ''}monitoring/`);
    const tile = dash.locator('#tiles .tile', { hasText: 'Node' });
    await tile.waitFor({ timeout: 15_000 });
    expect(await tile.locator('.v').textContent()).toBe(there);
    expect(await tile.locator('.s').textContent()).toBe('fleet store connected');
    expect(problems).toEqual([]);
  }, 60_000);
});
