#!/usr/bin/env bash
# Batch 2026-12-07v, list (aq): leak fixes from VS Code extensions for languages, debuggers and tool
# integration (clangd/vscode-clangd, hbenl/vscode-test-explorer, espressif/vscode-esp-idf-extension,
# stateful/vscode-runme, Shopify/ruby-lsp), added by a helper who classified them from the diffs only
# (no scan was run). redhat-developer/vscode-java and redhat-developer/vscode-xml (EPL-2.0),
# xdebug/vscode-php-debug, WebFreak001/code-debug and github/vscode-github-actions gave no case.
# Each case.json gets "batch": "2026-12-07v" afterwards (the loop at the end).
# Skipped diffs and repositories: tools/skipped-h56a.md.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# clangd/vscode-clangd (MIT)
C=$M/clangd+vscode-clangd/repo
add $C 2a3798e src/extension.ts --repo clangd/vscode-clangd --license MIT \
  --class syntactic --kind disposable --receiver 'context.subscriptions' --event null --line 119 --shape per-call-on-shared \
  --desc "the clangd.restart command stopped the language client and pushed the disposable of a fresh client.start() into the extension's context.subscriptions each time, so every restart left the previous start's disposable parked in that list until deactivation and the client itself was never registered for disposal; the fix keeps one start disposable on the client, disposes it before each restart and registers the client once"
add $C 8d5ad44 src/semantic-highlighting.ts --repo clangd/vscode-clangd --license MIT \
  --class syntactic --kind disposable --receiver 'vscode.window' --event onDidChangeVisibleTextEditors --line 93 --shape discarded-disposable \
  --desc "the semantic-highlighting feature's initialize(), run on every language-server start, subscribed to visible-editor changes and document closes and dropped both disposables (and never disposed the highlighter's decoration types), so each server (re)start stacked another pair of window/workspace listeners; the fix collects them with the highlighter and disposes them all when the server stops"
add $C 15c7b62 src/memory-usage.ts --repo clangd/vscode-clangd --license MIT \
  --class syntactic --kind disposable --receiver 'vscode.commands' --event null --line 60 --shape discarded-disposable \
  --desc "the memory-usage feature's initialize() registered the clangd.memoryUsage and clangd.memoryUsage.close commands and threw away the returned disposables, so the command handlers (holding the client and tree adapter) were never unregistered; the fix pushes both registrations into the context's subscriptions"

# hbenl/vscode-test-explorer (MIT)
T=$M/hbenl+vscode-test-explorer/repo
add $T 3c8e586 src/tree/testCollection.ts --repo hbenl/vscode-test-explorer --license MIT \
  --class syntactic --kind disposable --receiver 'vscode.workspace' --event onDidChangeConfiguration --line 28 --shape missing-in-teardown \
  --desc "each TestCollection (one per registered test adapter) subscribed to workspace configuration changes in its constructor and dropped the disposable, and unregistering the adapter only spliced the collection out of the explorer's list, so every removed adapter's collection stayed subscribed and reachable; the fix keeps the subscription in a disposables list and disposes it from a new dispose() that unregisterAdapter calls"
add $T c558b9e src/tree/testCollection.ts --repo hbenl/vscode-test-explorer --license MIT \
  --class types --kind listener --receiver 'adapter' --event testStates --line 42 --shape missing-in-teardown \
  --desc "the TestCollection constructor subscribed to the test adapter's testStates, reload and autorun events and dropped the returned disposables, so disposing the collection when its adapter was unregistered left those handlers (and the collection) attached to the adapter's emitters; the fix adds the three subscriptions to the collection's disposables"

# espressif/vscode-esp-idf-extension (Apache-2.0)
E=$M/espressif+vscode-esp-idf-extension/repo
add $E cd80e284 src/clang/checkClangExtension.ts --repo espressif/vscode-esp-idf-extension --license Apache-2.0 \
  --class syntactic --kind disposable --receiver 'workspace' --event null --line 142 --shape discarded-disposable \
  --desc "handleCompileCommandsUpdate() created a new compile_commands.json file-system watcher on each call, never disposed it, and pushed its create/change subscriptions into context.subscriptions, so every call (workspace or configuration change) added another live watcher and pair of handlers; the fix disposes the previous watcher and subscriptions before creating new ones and tracks the watcher itself"
# src/extension.ts is ~3400 lines: pruned to the imports and module state, createQemuMonitor(),
# createMonitor()/createIdfMonitor() and deactivate()
add $E 5b6fc699 src/extension.ts --repo espressif/vscode-esp-idf-extension --license Apache-2.0 \
  --class syntactic --kind disposable --receiver 'monitorTerminal' --event null --line 3321 --shape field-overwritten \
  --keep 1-180,3156-3175,3309-3352 --keep-after 1-180,3156-3179,3317-3364 \
  --desc "each IDF monitor launch (createIdfMonitor, the QEMU monitor and build-flash-monitor) assigned a new VS Code terminal to the module's monitorTerminal without closing or disposing the one it held, so earlier monitor terminals and their processes were left running and only the last was disposed at deactivation; the fix sends the exit sequence to and disposes the previous terminal before starting a new monitor"

# stateful/vscode-runme (Apache-2.0)
add $M/stateful+vscode-runme/repo d0eae24b src/extension/kernel.ts --repo stateful/vscode-runme --license Apache-2.0 \
  --class types --kind disposable --receiver 'this.runnerEnv' --event null --line 647 --shape field-overwritten \
  --desc "requesting a new runner environment set the kernel's runnerEnv field to undefined and then to a freshly created environment without disposing the old one, so each environment reset left the previous runner session allocated; the fix disposes the current environment before dropping it"

# Shopify/ruby-lsp (MIT); 41b2dffb predates the move of the extension into vscode/ (src/client.ts then)
R=$M/Shopify+ruby-lsp/repo
add $R 41b2dffb src/client.ts --repo Shopify/ruby-lsp --license MIT \
  --class syntactic --kind disposable --receiver 'this.bundleInstallCancellationSource' --event null --line 447 --shape field-overwritten \
  --desc "each bundle-install progress run cancelled the client's previous CancellationTokenSource and replaced it with a new one without disposing it, and the cancellation handler also only cancelled it, so every replaced source kept its emitter and listeners alive; the fix disposes the old source after cancelling it"
add $R f5cf7047 vscode/src/workspace.ts --repo Shopify/ruby-lsp --license MIT \
  --class syntactic --kind disposable --receiver 'vscode.workspace' --event onDidChangeConfiguration --line 280 --shape discarded-disposable \
  --desc "each Workspace (one per workspace folder) subscribed to configuration changes to reactivate Ruby and restart its server and dropped the returned disposable, so the handler and the workspace it holds were never released, not even on deactivation; the fix pushes the subscription into the extension context's subscriptions"
add $R 2ec5528d vscode/src/workspace.ts --repo Shopify/ruby-lsp --license MIT \
  --class types --kind disposable --receiver 'this.context.subscriptions' --event null --line 407 --shape per-call-on-shared \
  --desc "a Workspace put its configuration listener and its restart file-system watchers with their handlers into the extension-wide context.subscriptions, which lives until deactivation, while its own dispose() only disposed the language client, so a removed workspace's watchers and handlers stayed alive; the fix keeps them in the workspace's own subscriptions list and disposes it in dispose()"

# types cases: the modules their files import
npx tsx test/scan/eval/add-imports.ts "$T" hbenl__vscode-test-explorer__c558b9e --depth 2 --max-lines 6000
npx tsx test/scan/eval/add-imports.ts "$M/stateful+vscode-runme/repo" stateful__vscode-runme__d0eae24 --depth 2 --max-lines 6000
npx tsx test/scan/eval/add-imports.ts "$R" Shopify__ruby-lsp__2ec5528 --depth 2 --max-lines 6000

# batch tag (add-case.ts does not know batches)
for f in scan-corpus/fixes/cases/clangd__vscode-clangd__2a3798e/case.json \
  scan-corpus/fixes/cases/clangd__vscode-clangd__8d5ad44/case.json \
  scan-corpus/fixes/cases/clangd__vscode-clangd__15c7b62/case.json \
  scan-corpus/fixes/cases/hbenl__vscode-test-explorer__3c8e586/case.json \
  scan-corpus/fixes/cases/hbenl__vscode-test-explorer__c558b9e/case.json \
  scan-corpus/fixes/cases/espressif__vscode-esp-idf-extension__cd80e28/case.json \
  scan-corpus/fixes/cases/espressif__vscode-esp-idf-extension__5b6fc69/case.json \
  scan-corpus/fixes/cases/stateful__vscode-runme__d0eae24/case.json \
  scan-corpus/fixes/cases/Shopify__ruby-lsp__41b2dff/case.json \
  scan-corpus/fixes/cases/Shopify__ruby-lsp__f5cf704/case.json \
  scan-corpus/fixes/cases/Shopify__ruby-lsp__2ec5528/case.json; do
  node -e 'const fs=require("fs");const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,"utf8"));j.batch="2026-12-07v";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")' "$f"
done
