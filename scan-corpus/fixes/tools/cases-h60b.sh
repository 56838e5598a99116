#!/usr/bin/env bash
# Batch 2026-12-08a, list (ax): leak fixes from VS Code extensions that show webviews (tool, dashboard,
# query-editor and graph panels, sample webview panels), added by a helper who classified them from the
# diffs only (no scan was run): microsoft/vscode-cosmosdb, microsoft/vscode-documentdb,
# Microsoft/vscode-azure-iot-toolkit, microsoft/vscode-webview-ui-toolkit-samples and
# oslabs-beta/React-Labyrinth. quarto-dev/quarto (AGPL at the fixes), codota/tabnine-vscode (EULA),
# Azure/vscode-aks-tools, RedisInsight/Redis-for-VS-Code, Azure/LogicAppsUX, microsoft/vscode-postgresql,
# shd101wyy/crossnote, kufii/CodeSnap, mattbierner/vscode-docs-view and
# mjbvz/vscode-experimental-webview-editor-extension gave no case. Each case.json gets
# "batch": "2026-12-08a" afterwards (the loop at the end).
# Skipped diffs and repositories: tools/skipped-h60b.md.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# microsoft/vscode-cosmosdb (MIT: "SEE LICENSE IN LICENSE.md", an MIT licence, at each fix)
C=$M/microsoft+vscode-cosmosdb/repo
add $C 4284ae32 src/webviews/cosmosdb/QueryEditor/QueryPanel/GenerateQueryInput.tsx --repo microsoft/vscode-cosmosdb --license MIT \
  --class syntactic --kind listener --receiver 'channel' --event queryGenerated --line 281 --shape missing-cleanup-in-effect \
  --desc "two useEffect hooks of the query-generation input subscribed handlers to the webview's shared message channel ('queryGenerated', 'confirmToolInvocation') and returned no cleanup, so every re-run of the effect (the queryGenerated one depended on the promptHistory object, new on each render) and every unmount left another handler on the channel; the fix returns cleanups that call channel.off with the same handler and depends on the stable addToHistory callback instead"
add $C 7ca8f20e src/cosmosdb/session/DocumentSession.ts --repo microsoft/vscode-cosmosdb --license MIT \
  --class syntactic --kind timer --receiver 'setTimeout' --event null --line 166 --shape one-shot-timeout \
  --desc "the document read raced the request against a promise rejected by setTimeout and never cleared that timer, so every successful read (and the _rid fallback query) left a pending timeout holding its closure until it fired; the fix keeps the timer ids and clears them in finally blocks"
add $C 782389e5 src/graph/GraphViewsManager.ts --repo microsoft/vscode-cosmosdb --license MIT \
  --class types --kind socket --receiver 'server' --event null --line 90 --shape missing-in-teardown \
  --desc "each graph view got a GraphViewServer (a socket.io server for the webview) kept in the manager's _servers map, and its webview panel was kept in _panels, but nothing reacted to the panel being closed, so the server kept listening and both maps kept the entries after the panel was gone; the fix subscribes to panel.onDidDispose to dispose the server and delete both entries"

# microsoft/vscode-documentdb (MIT: "SEE LICENSE IN LICENSE.md", an MIT licence, at each fix)
D=$M/microsoft+vscode-documentdb/repo
add $D d21d55b7 packages/vscode-ext-react-webview/src/extension-server/WebviewController.ts --repo microsoft/vscode-documentdb --license MIT \
  --class runtime --kind other --receiver 'asyncIter' --event null --line 238 --shape missing-in-teardown \
  --desc "a webview subscription ran the procedure's async iterator in a for-await loop and stopping it (subscription.stop or panel disposal) only aborted its AbortController, which cannot settle an iterator parked on next(), so a subscription to an event sink that had not emitted stayed pending with its consumer and map entry; the fix drives the iterator by hand, keeps it with the controller and calls iterator.return() on stop and on dispose"
add $D 50b14da8 src/commands/localQuickStart/localQuickStartCommands.ts --repo microsoft/vscode-documentdb --license MIT \
  --class runtime --kind other --receiver 'ContainerRuntime' --event null --line 102 --shape per-call-on-shared \
  --desc "each 'View Logs' command started a 'docker logs -f' follow of the quick-start container with no cancellation token, so repeated clicks stacked child processes streaming into the same output channel until the container stopped; the fix keeps one module-level CancellationTokenSource, cancels and disposes the previous follow before starting the next and passes its token"
add $D 588a347c packages/vscode-ext-react-webview/src/extension-server/WebviewController.ts --repo microsoft/vscode-documentdb --license MIT \
  --class not-a-leak --kind disposable --receiver 'this._onDisposed' --event null --line 89 --shape missing-in-teardown \
  --desc "the webview controller's own onDisposed EventEmitter was fired but never disposed in dispose(); the emitter lives and dies with the controller, so disposing it only clears its subscriber list early (hygiene, nothing retained)"

# Microsoft/vscode-azure-iot-toolkit (MIT: "SEE LICENSE IN LICENSE.txt", an MIT licence, at the fix)
add $M/Microsoft+vscode-azure-iot-toolkit/repo e3a6d06 src/utility.ts --repo Microsoft/vscode-azure-iot-toolkit --license MIT \
  --class syntactic --kind disposable --receiver 'input' --event null --line 36 --shape discarded-disposable \
  --desc "the connection-string prompt created an InputBox with onDidAccept and onDidHide listeners and disposed it only after a valid value was accepted, so each prompt dismissed or hidden without a valid value left the InputBox and its listeners alive; the fix disposes it in the onDidHide handler"

# microsoft/vscode-webview-ui-toolkit-samples (MIT)
add $M/microsoft+vscode-webview-ui-toolkit-samples/repo a33814c default/hello-world/src/panels/HelloWorldPanel.ts --repo microsoft/vscode-webview-ui-toolkit-samples --license MIT \
  --class syntactic --kind listener --receiver 'webview' --event onDidReceiveMessage --line 135 --shape identity-mistake \
  --desc "the panel passed its dispose method unbound to onDidDispose with a null thisArg, so when the panel was closed dispose() threw on this._panel before draining _disposables, leaving the webview onDidReceiveMessage listener (and the panel object it closes over) registered; the fix passes the panel object as thisArg"

# oslabs-beta/React-Labyrinth (MIT)
add $M/oslabs-beta+React-Labyrinth/repo 4625a1e src/extension.ts --repo oslabs-beta/React-Labyrinth --license MIT \
  --class not-a-leak --kind disposable --receiver 'createPanel(context, data)' --event null --line 32 --shape discarded-disposable \
  --desc "each pick-file command opened a new tree webview panel and dropped the returned panel; the panels stay open as visible editor tabs the user closes, so nothing is leaked, and the fix (keep one panel, dispose it before opening the next, add a reveal command) is a single-panel UX change"

# types cases: the modules their files import
npx tsx test/scan/eval/add-imports.ts "$C" microsoft__vscode-cosmosdb__782389e --depth 2 --max-lines 6000

# batch tag (add-case.ts does not know batches)
for f in scan-corpus/fixes/cases/microsoft__vscode-cosmosdb__4284ae3/case.json \
  scan-corpus/fixes/cases/microsoft__vscode-cosmosdb__7ca8f20/case.json \
  scan-corpus/fixes/cases/microsoft__vscode-cosmosdb__782389e/case.json \
  scan-corpus/fixes/cases/microsoft__vscode-documentdb__d21d55b/case.json \
  scan-corpus/fixes/cases/microsoft__vscode-documentdb__50b14da/case.json \
  scan-corpus/fixes/cases/microsoft__vscode-documentdb__588a347/case.json \
  scan-corpus/fixes/cases/Microsoft__vscode-azure-iot-toolkit__e3a6d06/case.json \
  scan-corpus/fixes/cases/microsoft__vscode-webview-ui-toolkit-samples__a33814c/case.json \
  scan-corpus/fixes/cases/oslabs-beta__React-Labyrinth__4625a1e/case.json; do
  node -e 'const fs=require("fs");const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,"utf8"));j.batch="2026-12-08a";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")' "$f"
done
