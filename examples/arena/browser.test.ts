/**
 * The game page in a real browser: a Chromium already on the machine (test/helpers/tools.ts;
 * skipped with a warning when there is none, failing under CI=true), driven by playwright-core.
 * A player joins from the page, talks with a WebSocket player, moves by clicking an exit, loses
 * its connection and gets back what was said meanwhile — with no console error.
 */
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../test/helpers/browser.js';
import { needTool } from '../../test/helpers/tools.js';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  cleanup,
  connectPlayer,
  line,
  startArenaProcess,
  type ArenaProcess,
} from './support/harness.js';

let browser: Browser;
let arena: ArenaProcess;
const chromium = needTool('chromium', 'the arena browser test');

chromium.describe('the game page', () => {
  beforeAll(async () => {
    [browser, arena] = await Promise.all([
      launchChromium(chromium.path),
      startArenaProcess(['--bots', '0', '--tick-ms', '200']),
    ]);
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
    await cleanup();
  });

  it('plays from the browser: join, talk, move, drop and catch up', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(String(e)));
    await page.goto(arena.url);
    await page.fill('#name', 'Webby');
    await page.click('#join button[type=submit]');
    await page.waitForSelector('#room-name:has-text("Town Square")');
    await page.waitForSelector('#status:has-text("online")');
    await page.waitForSelector('#log .line-system:has-text("Welcome, Webby!")');
    // Entering a room, and typing look, print the room in the log.
    const rooms = page.locator('#log .line-room');
    await page.waitForSelector('#log .line-room:has-text("Town Square")');
    const before = await rooms.count();
    await page.fill('#input', 'look');
    await page.press('#input', 'Enter');
    await page.waitForFunction(
      (n) => document.querySelectorAll('#log .line-room').length === n + 1,
      before,
    );
    expect(await rooms.last().textContent()).toBe('Town Square');
    expect(await page.locator('#log .line-system:has-text("Exits: ")').count()).toBe(before + 1);

    const ws = await connectPlayer(arena.port, 'wsfriend', 'wsfriend-key-1');
    await page.waitForSelector('#log .line-move:has-text("wsfriend arrives.")');
    await page.fill('#input', 'say hi from the browser');
    await page.press('#input', 'Enter');
    await ws.waitFor(line(/^Webby says: hi from the browser$/));
    ws.send('say hello page');
    await page.waitForSelector('#log .line-say:has-text("wsfriend says: hello page")');

    // The connection drops; the page retries with the same key and the session resumes.
    await page.evaluate('state.ws.close()');
    await ws.waitFor(line(/^Webby's eyes glaze over\.$/));
    ws.send('say you were away');
    await page.waitForSelector('#log .line-system:has-text("Reconnected")');
    await page.waitForSelector('#log .line-say:has-text("wsfriend says: you were away")');
    await ws.waitFor(line(/^Webby snaps back\.$/));
    expect(await page.locator('#log:has-text("messages were lost")').count()).toBe(0);

    // Moving by clicking an exit button.
    await page.click('#exits button[data-exit="north"]');
    await page.waitForSelector('#room-name:has-text("Market Street")');
    await ws.waitFor(line(/^Webby leaves north\.$/));
    expect(await page.locator('#exits button').allTextContents()).toEqual(['south', 'east']);

    // The dashboard link the page shows is served.
    const dash = await page.request.get(`${arena.url}monitoring/`);
    expect(dash.status()).toBe(200);
    expect(problems).toEqual([]);
  }, 30_000);
});
