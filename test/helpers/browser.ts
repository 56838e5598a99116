/**
 * The one way our tests start a browser: a Chromium or Chrome already on the machine (found by
 * ./tools.ts; never a downloaded browser) with the flags that keep it off the network.
 */
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** Launches the binary at `executablePath` (`needTool('chromium', …).path`). */
export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
}
