// Usage: npx tsx test/scan/eval/run.ts [--typed]   — prints precision and recall per rule.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluate, formatEvaluation } from './evaluate.js';

const corpus = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'scan-corpus');
const typed = process.argv.includes('--typed');
console.log(formatEvaluation(evaluate(corpus, typed), typed));
