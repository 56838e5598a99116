import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateFixes } from './fixes.js';
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'scan-corpus', 'fixes');
const e = evaluateFixes(root);
for (const c of e.cases) if (c.seen && c.caught === null && c.class !== 'not-a-leak') console.log(c.half, c.class, c.id, `${c.beforeFindings}/${c.afterFindings}`);
