import { readFileSync } from 'node:fs';
import { analyze } from '../src/scan/analyze.js';
import { parseFile } from '../src/scan/parse.js';
const f = process.argv[2]!;
const src = readFileSync(f, 'utf8');
for (const x of analyze(parseFile(src, f), src)) console.log(x.rule, x.line, x.message.slice(0, 90));
