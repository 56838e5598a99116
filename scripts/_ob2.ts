import { readFileSync } from 'node:fs';
import { parseFile } from '../src/scan/parse.js';
import { childNodes, type Node } from '../src/scan/syntax.js';
const f = process.argv[2]!;
const src = readFileSync(f, 'utf8');
const anc: string[] = [];
const v = (n: Node) => { if (n.type === 'NewExpression') console.log(anc.join(' > ')); anc.push(n.type); for (const c of childNodes(n)) v(c); anc.pop(); };
v(parseFile(src, f) as unknown as Node);
