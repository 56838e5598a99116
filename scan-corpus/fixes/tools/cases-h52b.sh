#!/usr/bin/env bash
# Batch 2026-12-07r, list (h52b): leak fixes from clients of real-time services, loggers with rotating
# streams and editor (VS Code) extensions (electric-sql/electric, cline/cline, Dart-Code/Dart-Code,
# microsoft/vscode-cmake-tools, github/vscode-codeql, microsoft/vscode-hexeditor), added by a helper
# who classified them from the diffs only (no scan was run). winstonjs/winston-daily-rotate-file,
# fullstack-build/tslog, stomp-js/rx-stomp and aws/aws-iot-device-sdk-js-v2 gave no case;
# mtxr/vscode-sqltools is GPL-3.0 at its fixes. Each case.json gets "batch": "2026-12-07r" afterwards
# (the loop at the end). Skipped diffs and repositories: tools/skipped-h52b.md.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# electric-sql/electric (Apache-2.0); the TypeScript clients
E=$M/electric-sql+electric/repo
# clients/typescript/src/satellite/process.ts is 1760 lines: pruned to the imports, the class from its
# top through _stop(), and the class's closing brace
add $E 3674bdc58 clients/typescript/src/satellite/process.ts --repo electric-sql/electric --license Apache-2.0 \
  --class syntactic --kind timer --receiver 'this._pollingInterval' --event null --line 264 --shape field-overwritten \
  --keep 1-429,1732-1732 --keep-after 1-430,1733-1733 \
  --desc "_startProcess() stored a new snapshot-polling setInterval in this._pollingInterval without clearing the one already there, so starting the satellite process again before it was stopped left the earlier interval running (and firing snapshots) with no handle to clear it; the fix clears the previous interval before creating the new one"
# packages/typescript-client/src/client.ts is 2160 lines: pruned to the imports, the ShapeStream class
# (with its doc comment) up to #teardown(), and the class's closing brace
add $E cd29400f0 packages/typescript-client/src/client.ts --repo electric-sql/electric --license Apache-2.0 \
  --class syntactic --kind listener --receiver 'this.options.signal' --event abort --line 799 --shape per-call-on-shared \
  --keep 1-88,524-841,2069-2069 --keep-after 1-88,524-841,2069-2069 \
  --desc "each retry backoff in the stream's request loop added a one-shot 'abort' listener to the caller's long-lived AbortSignal and, when the backoff timer expired normally, never removed it, so a long-lived stream with many recoverable errors piled up closures on the signal; the fix removes the listener when the timer fires"
add $E 91774d301 packages/typescript-client/src/fetch.ts --repo electric-sql/electric --license Apache-2.0 \
  --class syntactic --kind listener --receiver 'sourceSignal' --event abort --line 331 --shape per-call-on-shared \
  --desc "chainAborter() linked every prefetch request's AbortController to the caller's signal with an 'abort' listener that was removed only if the caller's signal actually aborted, so each completed prefetch left a listener (and its controller) on the long-lived signal; the fix scopes the listener to the request's own controller and returns a cleanup that removes it when the prefetch settles"

# cline/cline (MIT at the fix, then still claude-dev's single extension)
add $M/cline+cline/repo 97f740b089 src/providers/SidebarProvider.ts --repo cline/cline --license MIT \
  --class syntactic --kind listener --receiver 'vscode.workspace' --event onDidChangeConfiguration --line 67 --shape discarded-disposable \
  --desc "resolveWebviewView() subscribed to the global workspace configuration-change event (and the view's visibility and message events) and discarded the returned disposables, so every time the sidebar or a tab panel was resolved another theme-change listener was added to vscode.workspace and none was removed when the view closed; the fix collects the disposables and disposes them when the view is disposed"

# Dart-Code/Dart-Code (package.json says "SEE LICENSE IN LICENSE"; LICENSE is MIT)
D=$M/Dart-Code+Dart-Code/repo
add $D 238f68ff9 src/extension/providers/dart_formatting_edit_provider.ts --repo Dart-Code/Dart-Code --license MIT \
  --class syntactic --kind listener --receiver 'workspace' --event onDidChangeConfiguration --line 13 --shape discarded-disposable \
  --desc "the formatting provider's constructor subscribed to workspace configuration changes and dropped the returned disposable, so disposing the provider (on every analyzer restart) left the listener on the global workspace event, still holding the old provider; the fix keeps the subscription and disposes it in dispose()"
add $D 9a5914d5c src/extension/analysis/analyzer_das.ts --repo Dart-Code/Dart-Code --license MIT \
  --class syntactic --kind disposable --receiver 'vs.languages' --event null --line 52 --shape missing-in-teardown \
  --desc "the legacy-protocol analyzer created a language status item in a field initializer but never added it to its disposables, so disposing the analyzer (on a restart) left the status item registered with VS Code; the fix pushes it to the disposables"
add $D cea35d652 src/extension/flutter/widget_preview/widget_preview_manager.ts --repo Dart-Code/Dart-Code --license MIT \
  --class types --kind disposable --receiver 'this.view' --event null --line 62 --shape missing-in-teardown \
  --desc "setUpPreviewImpl() created the widget preview view (a sidebar view that registers a webview view provider, or an editor panel) but never disposed it with the manager, so disposing the manager left the registration and panel alive; the fix adds the view to the manager's disposables"

# microsoft/vscode-cmake-tools (MIT)
C=$M/microsoft+vscode-cmake-tools/repo
add $C 4ab0609d src/projectController.ts --repo microsoft/vscode-cmake-tools --license MIT \
  --class syntactic --kind listener --receiver 'this.workspaceContext' --event ignoredFolders --line 352 --shape field-overwritten \
  --desc "addFolder() subscribed to the ignoredFolders setting for every workspace folder added and stored the subscription in the single this.ignoredFoldersSub field, overwriting the previous folder's subscription without disposing it, so only the last one could ever be disposed and the others stayed registered; the fix subscribes once with the controller's other subscriptions"
add $C 7fb00b8f src/extension.ts --repo microsoft/vscode-cmake-tools --license MIT \
  --class types --kind disposable --receiver 'this._cppToolsAPI' --event null --line 400 --shape missing-in-teardown \
  --desc "the extension manager obtained the C/C++ extension's API object (a disposable that holds its registered configuration provider) and never disposed it when the manager was disposed; the fix disposes it in dispose()"

# github/vscode-codeql (MIT, LICENSE.md)
Q=$M/github+vscode-codeql/repo
add $Q f114ca092 extensions/ql-vscode/src/model-editor/method-modeling/method-modeling-view-provider.ts --repo github/vscode-codeql --license MIT \
  --class types --kind listener --receiver 'this.modelingStore' --event onModeledMethodsChanged --line 119 --shape discarded-disposable \
  --desc "the method-modeling view provider subscribed to three events of the shared modeling store and dropped the returned disposables, so disposing the provider left its handlers on the store, still posting to its webview; the fix pushes the subscriptions to the provider's disposables"
add $Q 5ba55848d extensions/ql-vscode/src/common/vscode/multi-file-system-watcher.ts --repo github/vscode-codeql --license MIT \
  --class syntactic --kind disposable --receiver 'workspace' --event null --line 22 --shape discarded-disposable \
  --desc "addWatcher() created a file system watcher and kept only its three event subscriptions, so disposing or clearing the collection removed the subscriptions but left every underlying watcher running; the fix tracks the watcher itself so it is disposed too"

# microsoft/vscode-hexeditor (MIT)
add $M/microsoft+vscode-hexeditor/repo 2e13758 src/hexEditorProvider.ts --repo microsoft/vscode-hexeditor --license MIT \
  --class syntactic --kind disposable --receiver 'accessor' --event null --line 93 --shape discarded-disposable \
  --desc "openCustomDocument() collected the document's revert subscription and the file watcher from accessor.watch() in a local disposables array that was never disposed, so every opened and closed file left its file system watcher and handlers alive; the fix disposes the array when the document is disposed"

# types cases: the modules their files import
npx tsx test/scan/eval/add-imports.ts "$D" Dart-Code__Dart-Code__cea35d6 --depth 2 --max-lines 6000
npx tsx test/scan/eval/add-imports.ts "$C" microsoft__vscode-cmake-tools__7fb00b8 --depth 2 --max-lines 6000
npx tsx test/scan/eval/add-imports.ts "$Q" github__vscode-codeql__f114ca0 --depth 2 --max-lines 6000

# batch tag (add-case.ts does not know batches)
for f in scan-corpus/fixes/cases/electric-sql__electric__3674bdc/case.json \
  scan-corpus/fixes/cases/electric-sql__electric__cd29400/case.json \
  scan-corpus/fixes/cases/electric-sql__electric__91774d3/case.json \
  scan-corpus/fixes/cases/cline__cline__97f740b/case.json \
  scan-corpus/fixes/cases/Dart-Code__Dart-Code__238f68f/case.json \
  scan-corpus/fixes/cases/Dart-Code__Dart-Code__9a5914d/case.json \
  scan-corpus/fixes/cases/Dart-Code__Dart-Code__cea35d6/case.json \
  scan-corpus/fixes/cases/microsoft__vscode-cmake-tools__4ab0609/case.json \
  scan-corpus/fixes/cases/microsoft__vscode-cmake-tools__7fb00b8/case.json \
  scan-corpus/fixes/cases/github__vscode-codeql__f114ca0/case.json \
  scan-corpus/fixes/cases/github__vscode-codeql__5ba5584/case.json \
  scan-corpus/fixes/cases/microsoft__vscode-hexeditor__2e13758/case.json; do
  node -e 'const fs=require("fs");const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,"utf8"));j.batch="2026-12-07r";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")' "$f"
done
