// Every rule links to its page: ESLint's meta.docs.url (editors show it) and SARIF's helpUri
// (code scanning shows it). The link is the repository's docs/rules/<id>.md — docs/ is not in the
// npm package — so it must name the repository package.json names, and the page must exist here.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/eslint/index.js';
import { formatSarif } from '../../src/scan/format/sarif.js';
import { OPT_IN_RULES, RULE_DOCS_BASE, RULE_IDS, ruleDocsUrl } from '../../src/scan/model.js';
import { scan } from '../../src/scan/scanner.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

describe('rule documentation links', () => {
  it('point into the repository package.json names, at a page that exists', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      repository: { url: string };
    };
    const repo = pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
    expect(RULE_DOCS_BASE).toBe(`${repo}/blob/main/docs/rules/`);
    for (const id of RULE_IDS) {
      const url = ruleDocsUrl(id);
      const page = join(ROOT, url.slice(`${repo}/blob/main/`.length));
      expect(existsSync(page), page).toBe(true);
      expect(rules[id].meta?.docs?.url).toBe(url);
    }
  });

  it('are in SARIF as each rule helpUri', () => {
    const sarif = JSON.parse(formatSarif(scan({ cwd: join(ROOT, 'docs') }), ROOT, '0.0.0')) as {
      runs: {
        tool: { driver: { rules: { id: string; helpUri: string; help: { text: string } }[] } };
      }[];
    };
    for (const r of sarif.runs[0]!.tool.driver.rules) {
      expect(r.helpUri).toBe(ruleDocsUrl(r.id as (typeof RULE_IDS)[number]));
      expect(r.help.text).toContain(r.helpUri);
    }
  });
});

describe('rule pages say whether the rule runs by default', () => {
  it('an opt-in header on exactly the opt-in rules', () => {
    for (const id of RULE_IDS) {
      const page = readFileSync(join(ROOT, 'docs', 'rules', `${id}.md`), 'utf8');
      const head = page.split('\n').slice(0, 6).join('\n');
      expect(head.includes('**Opt-in'), id).toBe(OPT_IN_RULES.includes(id));
    }
  });
});
