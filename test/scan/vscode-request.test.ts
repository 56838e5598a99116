// Candidate VP of issue #16 (scan-corpus/fixes/README.md, "Decision criteria for the fifty-ninth
// fresh batch, held-out, and for candidate VP"): a webview panel's or view's own events
// subscribed to in the function that has just been given the panel, and a cancellation token VS
// Code hands to one request or one progress, end with their receiver. The valid cases are the
// shapes of the read clean corpus's false findings (niivue-vscode's resolveCustomEditor,
// vscode-dataform-tools' resolveWebviewView, vscode-cpptools' provideInlayHints, snyk's
// withProgress download); the invalid ones are what stays reported: a panel kept in a field and
// subscribed to again on every save (vscode-dataform-tools, labelled true) and a run's token
// (playwright-vscode f0826d8, a caught fix case).
import { RuleTester } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { describe, it } from 'vitest';
import { rules } from '../../src/eslint/index.js';

RuleTester.describe = describe;
RuleTester.it = it;

const tester = new RuleTester({
  languageOptions: { parser: tsParser, ecmaVersion: 2022, sourceType: 'module' },
});
const err = (n = 1) => Array.from({ length: n }, () => ({ messageId: 'finding' }));

tester.run('what VS Code hands to one panel or request', rules['no-discarded-disposable'], {
  valid: [
    // the panel this function has just made (main already reads a local made by a call here)
    `import * as vscode from 'vscode';
     export class Preview {
       show(uri: vscode.Uri) {
         const panel = vscode.window.createWebviewPanel('p', 'Preview', vscode.ViewColumn.One, {});
         panel.webview.onDidReceiveMessage((m) => this.handle(m));
         panel.onDidDispose(() => this.closed(uri));
       }
       handle(m: unknown) {}
       closed(u: vscode.Uri) {}
     }`,
    // the panel or view VS Code hands to its provider, once per panel
    `import * as vscode from 'vscode';
     export class Editor implements vscode.CustomTextEditorProvider {
       async resolveCustomTextEditor(doc: vscode.TextDocument, webviewPanel: vscode.WebviewPanel) {
         webviewPanel.webview.onDidReceiveMessage((m) => this.onMessage(doc, m));
         webviewPanel.onDidChangeViewState(() => this.refresh());
       }
       onMessage(d: vscode.TextDocument, m: unknown) {}
       refresh() {}
     }`,
    `import * as vscode from 'vscode';
     export class View implements vscode.WebviewViewProvider {
       resolveWebviewView(webviewView: vscode.WebviewView) {
         webviewView.onDidChangeVisibility(() => this.update());
       }
       update() {}
     }`,
    // the token of one provider request
    `import * as vscode from 'vscode';
     export class Hints implements vscode.InlayHintsProvider {
       async provideInlayHints(doc: vscode.TextDocument, range: vscode.Range, token: vscode.CancellationToken) {
         token.onCancellationRequested(() => this.cancel(doc));
         return [];
       }
       cancel(d: vscode.TextDocument) {}
     }`,
    // the same, in a provider method declared as a class field
    `import * as vscode from 'vscode';
     export class Hover {
       provideHover = async (doc: vscode.TextDocument, pos: vscode.Position, token: vscode.CancellationToken) => {
         token.onCancellationRequested(() => this.cancel(doc));
         return null;
       };
       cancel(d: vscode.TextDocument) {}
     }`,
    // the token of one progress
    `import * as vscode from 'vscode';
     export async function download(url: string) {
       await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification }, async (progress, token) => {
         token.onCancellationRequested(() => abort(url));
       });
     }
     function abort(u: string) {}`,
  ],
  invalid: [
    // a panel kept in a field, subscribed to again on every save
    {
      code: `import * as vscode from 'vscode';
        export class Results {
          panel: vscode.WebviewPanel | undefined;
          onSave() {
            this.panel!.webview.onDidReceiveMessage((m) => this.run(m));
          }
          run(m: unknown) {}
        }`,
      errors: err(),
    },
    // a panel handed to a function that is not VS Code's per-panel hook
    {
      code: `import * as vscode from 'vscode';
        export function wire(panel: vscode.WebviewPanel, bus: { post(m: unknown): void }) {
          panel.webview.onDidReceiveMessage((m) => bus.post(m));
        }`,
      errors: err(),
    },
    // a test run's token (playwright-vscode f0826d8): not a provider's, not a progress's
    {
      code: `import * as vscode from 'vscode';
        export class Server {
          async runTests(items: string[], token: vscode.CancellationToken) {
            token.onCancellationRequested(() => this.stop());
          }
          stop() {}
        }`,
      errors: err(),
    },
    // the first parameter of a progress task is its progress, not its token
    {
      code: `import * as vscode from 'vscode';
        export async function f(token: vscode.CancellationToken) {
          await vscode.window.withProgress({ location: 15 }, async (progress) => {
            token.onCancellationRequested(() => progress.report({}));
          });
        }`,
      errors: err(),
    },
  ],
});
