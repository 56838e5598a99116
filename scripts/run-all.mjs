#!/usr/bin/env node
// Runs every bench/*.ts (or soak/*.ts) file in its own process, one after the other.
// Usage: node scripts/run-all.mjs bench [name-filter...]
// Each file runs with --expose-gc so heap figures are taken after a real collection.
import { readdirSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const [dir = 'bench', ...filters] = process.argv.slice(2);
if (!existsSync(dir)) {
  console.error(`No ${dir}/ directory.`);
  process.exit(2);
}
const files = readdirSync(dir)
  .filter((f) => /\.(ts|mjs)$/.test(f) && !f.startsWith('_'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();
let failed = 0;
for (const f of files) {
  console.log(`\n=== ${dir}/${f}`);
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(dir, f)], {
    stdio: 'inherit',
  });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
