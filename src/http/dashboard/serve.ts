/**
 * The dashboard's files. The page, its script and its style are strings in this package
 * (page.ts, client.ts, style.ts); uPlot's script and style are read once from the `uplot`
 * package in node_modules (a runtime dependency) through `createRequire`, so nothing is fetched
 * from outside at run time and no build step copies files. A Content-Security-Policy that only
 * allows our own origin makes "nothing from outside" hold in the browser too.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ResolvedOptions } from '../options.js';
import { CLIENT_JS } from './client.js';
import { pageHtml } from './page.js';
import { STYLE_CSS } from './style.js';

export interface Asset {
  body: string;
  type: string;
  headers: Record<string, string>;
}

const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

let uplot: { js: string; css: string } | null = null;

/** uPlot's files, read on first use and kept (≈ 53 KB). */
function uplotFiles(): { js: string; css: string } {
  if (uplot === null) {
    const require = createRequire(import.meta.url);
    uplot = {
      js: readFileSync(require.resolve('uplot/dist/uPlot.iife.min.js'), 'utf8'),
      css: readFileSync(require.resolve('uplot/dist/uPlot.min.css'), 'utf8'),
    };
  }
  return uplot;
}

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

/** The asset at `rest` (the path after the prefix), or null for an unknown one. */
export function dashboardResponse(rest: string, opts: ResolvedOptions): Asset | null {
  if (!opts.dashboard) return null;
  const cache = { 'cache-control': 'no-cache' };
  switch (rest) {
    case '/':
      return {
        body: pageHtml(opts.refreshMs),
        type: 'text/html; charset=utf-8',
        headers: {
          'content-security-policy': CSP,
          'referrer-policy': 'no-referrer',
          'x-frame-options': 'DENY',
        },
      };
    case '/assets/dashboard.js':
      return { body: CLIENT_JS, type: JS, headers: cache };
    case '/assets/dashboard.css':
      return { body: STYLE_CSS, type: CSS, headers: cache };
    case '/assets/uplot.js':
      return { body: uplotFiles().js, type: JS, headers: cache };
    case '/assets/uplot.css':
      return { body: uplotFiles().css, type: CSS, headers: cache };
    default:
      return null;
  }
}
