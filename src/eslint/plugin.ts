// The `leakguard/eslint` flat-config plugin. Every rule is a thin adapter over the same
// analysis the `leakguard scan` CLI runs (src/scan/analyze.ts), so both always agree. The file
// is analysed once per lint run and shared by all rules (WeakMap on the SourceCode object).
// `recommended` turns on the default set; the opt-in rules are there, off, for a config to turn on.
import type { ESLint, Linter, Rule, SourceCode } from 'eslint';
import type { TSESTree } from '@typescript-eslint/types';
import {
  analyze,
  componentScript,
  createOracle,
  instanceSetup,
  OPT_IN_RULES,
  RULE_DESCRIPTIONS,
  RULE_IDS,
  ruleDocsUrl,
  suppress,
  version,
  type DirectiveProblem,
  type Finding,
  type NodeMap,
  type RuleId,
  type TypeOracle,
} from '../scan/index.js';

interface Analysed {
  readonly findings: Finding[];
  /** `leakguard-disable-…` comments the scanner could not honour (unknown rule, bad form). */
  readonly problems: readonly DirectiveProblem[];
  /** Set once the first leakguard rule of the run has reported `problems`. */
  problemsReported: boolean;
}

const cache = new WeakMap<SourceCode, Analysed>();

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

function analysedFor(context: Rule.RuleContext): Analysed {
  const sc = context.sourceCode;
  let found = cache.get(sc);
  if (found === undefined) {
    let program = sc.ast as unknown as TSESTree.Program;
    // A .vue file parsed by vue-eslint-parser: its Program is the <script> code at the file's
    // offsets, as the CLI reads it, so a <script setup> block is read as the per-instance
    // setup() it is, on a copy (the AST is shared with other rules). Not .svelte:
    // svelte-eslint-parser's Program holds the markup's nodes too.
    if (context.filename.endsWith('.vue')) {
      const block = componentScript(sc.text, context.filename).instance;
      if (block !== null) program = instanceSetup(program, block, 'vue');
    }
    const all = analyze(program, sc.text, {
      jsx: /\.[jt]sx$/.test(context.filename),
      oracle: oracleFor(sc),
      visitorKeys: sc.visitorKeys,
    });
    // `leakguard-disable-…` comments silence the plugin as they silence the CLI; ESLint applies
    // `eslint-disable-… leakguard/<rule>` itself (and reports unknown rules in them).
    const kept = suppress(sc.text, sc.getAllComments(), all, {
      eslintComments: false,
      program: sc.ast as unknown as TSESTree.Program,
    });
    found = { findings: kept.findings, problems: kept.problems, problemsReported: false };
    cache.set(sc, found);
  }
  return found;
}

function createRule(id: RuleId): Rule.RuleModule {
  return {
    meta: {
      type: 'problem',
      docs: {
        description: RULE_DESCRIPTIONS[id],
        recommended: !OPT_IN_RULES.includes(id),
        url: ruleDocsUrl(id),
      },
      fixable: 'code',
      schema: [],
      messages: { finding: '{{message}} {{suggestion}}', directive: '{{message}}' },
    },
    create(context) {
      return {
        Program() {
          const analysed = analysedFor(context);
          // A disable comment that silences nothing it meant to (an unknown rule, a
          // `-next-line` in a comment spanning lines) is reported once per file, as the CLI
          // reports it (exit 1), by whichever leakguard rule runs first.
          if (!analysed.problemsReported) {
            analysed.problemsReported = true;
            for (const p of analysed.problems)
              context.report({
                loc: { line: p.line, column: p.column - 1 },
                messageId: 'directive',
                data: { message: p.message },
              });
          }
          for (const f of analysed.findings) {
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
