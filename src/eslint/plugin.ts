// The `leakguard/eslint` flat-config plugin. Every rule is a thin adapter over the same
// analysis the `leakguard scan` CLI runs (src/scan/analyze.ts), so both always agree. The file
// is analysed once per lint run and shared by all rules (WeakMap on the SourceCode object).
// `recommended` turns on the default set; the opt-in rules are there, off, for a config to turn on.
import type { ESLint, Linter, Rule, SourceCode } from 'eslint';
import type { TSESTree } from '@typescript-eslint/types';
import {
  analyze,
  createOracle,
  OPT_IN_RULES,
  RULE_DESCRIPTIONS,
  RULE_IDS,
  suppress,
  version,
  type Finding,
  type NodeMap,
  type RuleId,
  type TypeOracle,
} from '../scan/index.js';

const cache = new WeakMap<SourceCode, Finding[]>();

interface TypedServices {
  program?: { getTypeChecker(): import('typescript').TypeChecker } | null;
  esTreeNodeToTSNodeMap?: NodeMap;
}

function oracleFor(sourceCode: SourceCode): TypeOracle | null {
  const services = sourceCode.parserServices as TypedServices | undefined;
  const program = services?.program;
  const map = services?.esTreeNodeToTSNodeMap;
  if (program === null || program === undefined || map === undefined) return null;
  return createOracle(program.getTypeChecker(), map);
}

function findingsFor(context: Rule.RuleContext): Finding[] {
  const sc = context.sourceCode;
  let found = cache.get(sc);
  if (found === undefined) {
    const all = analyze(sc.ast as unknown as TSESTree.Program, sc.text, {
      jsx: /\.[jt]sx$/.test(context.filename),
      oracle: oracleFor(sc),
      visitorKeys: sc.visitorKeys,
    });
    // `leakguard-disable-…` comments silence the plugin as they silence the CLI; ESLint applies
    // `eslint-disable-… leakguard/<rule>` itself (and reports unknown rules in them).
    found = suppress(sc.text, sc.getAllComments(), all, { eslintComments: false }).findings;
    cache.set(sc, found);
  }
  return found;
}

function createRule(id: RuleId): Rule.RuleModule {
  return {
    meta: {
      type: 'problem',
      docs: { description: RULE_DESCRIPTIONS[id], recommended: !OPT_IN_RULES.includes(id) },
      fixable: 'code',
      schema: [],
      messages: { finding: '{{message}} {{suggestion}}' },
    },
    create(context) {
      return {
        Program() {
          for (const f of findingsFor(context)) {
            if (f.rule !== id) continue;
            const edits = f.fix;
            context.report({
              loc: {
                start: { line: f.line, column: f.column - 1 },
                end: { line: f.endLine, column: f.endColumn - 1 },
              },
              messageId: 'finding',
              data: { message: f.message, suggestion: f.suggestion ?? '' },
              ...(edits
                ? {
                    fix: (fixer: Rule.RuleFixer) =>
                      edits.map((e) => fixer.replaceTextRange([e.start, e.end], e.text)),
                  }
                : {}),
            });
          }
        },
      };
    },
  };
}

export const rules: Readonly<Record<RuleId, Rule.RuleModule>> = Object.fromEntries(
  RULE_IDS.map((id) => [id, createRule(id)]),
) as Record<RuleId, Rule.RuleModule>;

const recommendedRules: Linter.RulesRecord = Object.fromEntries(
  RULE_IDS.map((id) => [`leakguard/${id}`, OPT_IN_RULES.includes(id) ? 'off' : 'error']),
);

export const plugin: ESLint.Plugin & { configs: { recommended: Linter.Config } } = {
  meta: { name: 'leakguard', version: version() },
  rules,
  configs: { recommended: { name: 'leakguard/recommended', rules: recommendedRules } },
};
// The recommended config registers the plugin itself, so `plugin.configs.recommended` can be
// spread straight into a flat config array.
plugin.configs.recommended.plugins = { leakguard: plugin };

export const configs = plugin.configs;
