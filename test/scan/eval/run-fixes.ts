// Usage: npm run eval:scan [-- --readme]   — recall per half and class, and precision on the
// after/ files, of the scanner on the corpus of real leak fixes (scan-corpus/fixes/, see its
// README). --readme also rewrites the README's licence table and figures.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateFixes, formatFixes, loadCases } from './fixes.js';
import { writeReadme } from './fixes-readme.js';

const root = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'scan-corpus',
  'fixes',
);
const e = evaluateFixes(root);
console.log(formatFixes(e));
if (process.argv.includes('--readme')) writeReadme(root, loadCases(root), e);
