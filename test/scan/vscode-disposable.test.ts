// Candidate VX′ of issue #16 (VX reading a field's setter; VX's own header follows).
// Candidate VX of issue #16 (scan-corpus/fixes/README.md, "Decision criteria for the fifty-fifth
// fresh batch, held-out, and for candidate VX"): what a VS Code API factory or registration makes
// (`vscode.<namespace>.create…(…)`, `register…(…)`), dropped or never disposed, outside the
// extension's activate(). The invalid cases are the shapes of the fix corpus's held-out cases read
// before VX was written: vscode-codeql 5ba5584 (a file-system watcher kept in a local, only its
// event subscriptions kept) and vscode-pull-request-github 65c1972 (a comment provider registered
// on every call and its Disposable dropped).
import { RuleTester } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/eslint/index.js';
import { analyze } from '../../src/scan/analyze.js';
import { parseFile } from '../../src/scan/parse.js';

RuleTester.describe = describe;
RuleTester.it = it;

const tester = new RuleTester({
  languageOptions: { parser: tsParser, ecmaVersion: 2022, sourceType: 'module' },
});
const err = (n = 1) => Array.from({ length: n }, () => ({ messageId: 'finding' }));

tester.run('VS Code disposables dropped', rules['no-discarded-disposable'], {
  valid: [
    // activate() runs once per extension host; pushed into the context, or not
    `import * as vscode from 'vscode';
     export function activate(context: vscode.ExtensionContext) {
       context.subscriptions.push(vscode.commands.registerCommand('x', () => 1));
       vscode.languages.registerHoverProvider('ts', { provideHover: () => null });
     }`,
    // activate() assigned to the CommonJS exports runs once per extension host too
    `const vscode = require('vscode');
     exports.activate = function (context) {
       vscode.languages.registerHoverProvider('js', { provideHover: () => null });
     };`,
    // handed to a disposable list
    `import * as vscode from 'vscode';
     export class Feature {
       private readonly disposables: vscode.Disposable[] = [];
       watch(glob: string) { this.disposables.push(vscode.workspace.createFileSystemWatcher(glob)); }
     }`,
    // kept and disposed
    `import { window } from 'vscode';
     export class Status {
       show(text: string) { this.item = window.createStatusBarItem(); this.item.text = text; }
       dispose() { this.item.dispose(); }
     }`,
    // returned: the caller owns it
    `import * as vscode from 'vscode';
     export function provider(sel: string) {
       return vscode.languages.registerHoverProvider(sel, { provideHover: () => null });
     }`,
    // a terminal or a webview panel ends when the user closes it
    `import * as vscode from 'vscode';
     export function install() { const t = vscode.window.createTerminal('Install'); t.show(); }`,
    // VX′ (VSCodeVim 1118267, read on the fifty-eighth clean batch): assigned through a setter
    // that disposes the value it replaces
    `import * as vscode from 'vscode';
     class DecorationImpl {
       private _default!: vscode.TextEditorDecorationType;
       public set default(value: vscode.TextEditorDecorationType) {
         if (this._default) { this._default.dispose(); }
         this._default = value;
       }
       public get default() { return this._default; }
       public load() { this.default = vscode.window.createTextEditorDecorationType({}); }
     }`,
    // not the vscode module
    `import * as other from 'other';
     export function f() { other.languages.registerHoverProvider('ts', {}); }`,
  ],
  invalid: [
    // VX′: a setter that does not dispose the value it replaces ends nothing
    {
      code: `import * as vscode from 'vscode';
        class DecorationImpl {
          private _default!: vscode.TextEditorDecorationType;
          public set default(value: vscode.TextEditorDecorationType) { this._default = value; }
          public get default() { return this._default; }
          public load() { this.default = vscode.window.createTextEditorDecorationType({}); }
        }`,
      errors: err(),
    },
    // vscode-codeql 5ba5584: the watcher kept in a local, only its subscriptions kept
    {
      code: `import * as vscode from 'vscode';
        export class Watchers {
          private subs: vscode.Disposable[] = [];
          addWatcher(glob: string) {
            const watcher = vscode.workspace.createFileSystemWatcher(glob);
            this.subs.push(watcher.onDidChange(() => this.refresh()));
          }
          refresh() {}
        }`,
      errors: err(),
    },
    // vscode-pull-request-github 65c1972: a provider registered on every call, dropped
    {
      code: `import * as vscode from 'vscode';
        export class PRNode {
          getChildren() {
            vscode.workspace.registerTextDocumentContentProvider('pr', { provideTextDocumentContent: () => '' });
            return [];
          }
        }`,
      errors: err(),
    },
    // a command handler inside activate runs per invocation
    {
      code: `import { commands, window } from 'vscode';
        export function activate(context) {
          context.subscriptions.push(commands.registerCommand('x.show', () => {
            const item = window.createStatusBarItem();
            item.show();
          }));
        }`,
      errors: err(),
    },
  ],
});

describe('the message', () => {
  it('says the Disposable is dropped', () => {
    const code = `import * as vscode from 'vscode';\nexport function f() {\n  vscode.commands.registerCommand('a', () => 1);\n}`;
    const found = analyze(parseFile(code, 'f.ts'), code).filter(
      (f) => f.rule === 'no-discarded-disposable',
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('drops its Disposable, which nothing can dispose');
    expect(found[0]!.line).toBe(3);
  });
});
