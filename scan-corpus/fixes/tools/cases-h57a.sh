#!/usr/bin/env bash
# Batch 2026-12-07w, list (as): leak fixes from VS Code extensions for languages, debuggers and tool
# integration (nrwl/nx-console, elixir-lsp/vscode-elixir-ls, Huachao/vscode-restclient,
# astral-sh/ruff-vscode, redhat-developer/vscode-quarkus), added by a helper who classified them from
# the diffs only (no scan was run). redhat-developer/vscode-tekton, eclipse-cdt-cloud/cdt-gdb-adapter,
# Pure-D/code-d, elm-tooling/elm-language-client-vscode, raspberrypi/pico-vscode and
# formulahendry/vscode-code-runner gave no case. Each case.json gets "batch": "2026-12-07w"
# afterwards (the loop at the end). Skipped diffs and repositories: tools/skipped-h57a.md.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# nrwl/nx-console (MIT)
N=$M/nrwl+nx-console/repo
add $N 63a1acf8a libs/vscode/mcp/src/lib/mcp-web-server.ts --repo nrwl/nx-console --license MIT \
  --class syntactic --kind timer --receiver 'this.sseKeepAliveInterval' --event null --line 69 --shape field-overwritten \
  --desc "every SSE connection to the MCP web server started a keep-alive setInterval and stored it in the single field sseKeepAliveInterval, overwriting the previous connection's handle, so stopMcpServer() (and the close handlers) could only clear the latest interval and the others kept firing after the server stopped; the fix tracks every keep-alive interval in a set and clears them all on stop"
add $N 324ce8670 libs/vscode/messaging/src/lib/messaging-server.ts --repo nrwl/nx-console --license MIT \
  --class syntactic --kind disposable --receiver 'connection' --event null --line 23 --shape missing-in-teardown \
  --desc "each client socket of the messaging server got a JSON-RPC message connection listening on it, and the socket's close handler had the connection.dispose() call commented out, so every disconnected client left its connection (its handlers and reader/writer) undisposed; the fix disposes the connection when the socket closes"
add $N c6740318c libs/vscode/nx-cloud-view/src/lib/cloud-onboarding-view.ts --repo nrwl/nx-console --license MIT \
  --class not-a-leak --kind listener --receiver 'onWorkspaceRefreshed' --event null --line 46 --shape missing-in-teardown \
  --desc "the cloud onboarding view provider subscribed once, in its constructor, to workspace refreshes (the subscription already in the extension's subscriptions); the fix also disposes it when the webview view is disposed so that refresh() is no longer called on a disposed view, which stops errors rather than an accumulation"

# elixir-lsp/vscode-elixir-ls (MIT)
E=$M/elixir-lsp+vscode-elixir-ls/repo
add $E ae0e0b0 src/testController.ts --repo elixir-lsp/vscode-elixir-ls --license MIT \
  --class syntactic --kind disposable --receiver 'vscode.workspace' --event null --line 362 --shape per-call-on-shared \
  --desc "discoverAllFilesInWorkspace(), run by the test controller's resolve handler, created a new *_test.exs file-system watcher (with its create/change/delete handlers) for every workspace folder on each run and only pushed it into the extension's subscriptions, so repeated discovery stacked watchers and removed workspace folders kept theirs until deactivation; the fix keeps one watcher per folder in a map and disposes it when the folder is removed"
add $E 731b0ef src/extension.ts --repo elixir-lsp/vscode-elixir-ls --license MIT \
  --class syntactic --kind disposable --receiver 'vscode.commands' --event null --line 162 --shape discarded-disposable \
  --desc "activate() registered the copyDebugInfo command and dropped the returned registration, so it was never disposed on deactivation; the fix pushes the registration into context.subscriptions"
add $E 13fade2 src/extension.ts --repo elixir-lsp/vscode-elixir-ls --license MIT \
  --class syntactic --kind disposable --receiver 'vscode.tasks' --event null --line 554 --shape discarded-disposable \
  --desc "activate() registered the mix task provider and dropped the returned registration, so the provider was never unregistered on deactivation; the fix pushes the registration into context.subscriptions"

# Huachao/vscode-restclient (MIT)
R=$M/Huachao+vscode-restclient/repo
add $R c86b377 src/controllers/requestController.ts --repo Huachao/vscode-restclient --license MIT \
  --class syntactic --kind disposable --receiver 'window' --event null --line 51 --shape missing-in-teardown \
  --desc "the request controller created a 'REST' output channel in its constructor and its dispose() disposed the status-bar items and the webview but not the channel, which stayed registered after the controller was disposed; the fix disposes the output channel too"
add $R 6191da4 src/extension.ts --repo Huachao/vscode-restclient --license MIT \
  --class types --kind disposable --receiver 'responseController' --event null --line 28 --shape discarded-disposable \
  --desc "activate() created the ResponseController (a disposable that owns a response webview) but, unlike the other controllers, never added it to context.subscriptions, so its dispose() was never called on deactivation; the fix pushes it into the subscriptions"

# astral-sh/ruff-vscode (MIT)
add $M/astral-sh+ruff-vscode/repo 1723e54 src/common/server.ts --repo astral-sh/ruff-vscode --license MIT \
  --class syntactic --kind disposable --receiver 'vscode.window' --event null --line 428 --shape per-call-on-shared \
  --desc "startServer(), called on every server (re)start after interpreter or configuration changes, created a new server output channel, a lazy trace channel and a showServerLogs command registration and pushed them into the extension context's subscriptions, so each restart added channels that lived until deactivation; the fix creates them once in activate() and passes them to startServer()"

# redhat-developer/vscode-quarkus (Apache-2.0)
add $M/redhat-developer+vscode-quarkus/repo a9ad2e4 src/utils/multiStepUtils.ts --repo redhat-developer/vscode-quarkus --license Apache-2.0 \
  --class runtime --kind disposable --receiver 'window' --event null --line 86 --shape missing-in-teardown \
  --desc "each step of the multi-step wizard created a QuickPick or InputBox whose listeners were disposed in a finally block and whose input was disposed by the next step or at the end of run(), but dismissing a step (hiding the input) never settled the step's promise, so neither ran and the hidden input and its listeners stayed alive; the fix disposes the input and its listeners from an onDidHide handler"

# types cases: the modules their files import
npx tsx test/scan/eval/add-imports.ts "$R" Huachao__vscode-restclient__6191da4 --depth 2 --max-lines 6000

# batch tag (add-case.ts does not know batches)
for f in scan-corpus/fixes/cases/nrwl__nx-console__63a1acf/case.json \
  scan-corpus/fixes/cases/nrwl__nx-console__324ce86/case.json \
  scan-corpus/fixes/cases/nrwl__nx-console__c674031/case.json \
  scan-corpus/fixes/cases/elixir-lsp__vscode-elixir-ls__ae0e0b0/case.json \
  scan-corpus/fixes/cases/elixir-lsp__vscode-elixir-ls__731b0ef/case.json \
  scan-corpus/fixes/cases/elixir-lsp__vscode-elixir-ls__13fade2/case.json \
  scan-corpus/fixes/cases/Huachao__vscode-restclient__c86b377/case.json \
  scan-corpus/fixes/cases/Huachao__vscode-restclient__6191da4/case.json \
  scan-corpus/fixes/cases/astral-sh__ruff-vscode__1723e54/case.json \
  scan-corpus/fixes/cases/redhat-developer__vscode-quarkus__a9ad2e4/case.json; do
  node -e 'const fs=require("fs");const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,"utf8"));j.batch="2026-12-07w";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")' "$f"
done
