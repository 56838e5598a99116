#!/usr/bin/env bash
# Batch 2026-12-07u, list (ap): leak fixes from Electron applications, editor (VS Code, Atom)
# extensions, desktop tools and Node.js tools that watch files (microsoft/vscode-jupyter,
# microsoft/playwright-vscode, julia-vscode/julia-vscode, foambubble/foam, microsoft/vscode-wasm,
# atom/teletype, TypeStrong/atom-typescript, AtomLinter/linter-ui-default), added by a helper who
# classified them from the diffs only (no scan was run). Gruntfuggly/todo-tree,
# microsoft/vscode-java-debug, DonJayamanne/gitHistoryVSCode and atom/find-and-replace gave no case.
# Each case.json gets "batch": "2026-12-07u" afterwards (the loop at the end).
# Skipped diffs and repositories: tools/skipped-h55b.md.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# microsoft/vscode-jupyter (MIT)
J=$M/microsoft+vscode-jupyter/repo
add $J d6480118af757c1e5b0e07b3416eaed0f09cfa4d src/interactive-window/InteractiveWindowController.ts --repo microsoft/vscode-jupyter --license MIT \
  --class syntactic --kind listener --receiver 'e.controller' --event onConnecting --line 188 --shape missing-in-teardown \
  --desc "when a kernel controller was selected for an interactive window without a running kernel, the window controller subscribed to the notebook controller's onConnecting event and kept the subscription only in a field that startKernel() disposed, so a window disconnected before its kernel started left the subscription (and the window controller) attached to the long-lived notebook controller; the fix adds it to the disposables that disconnect() disposes"
add $J 1cb685d74e8d7c4b96ea7175ac6e305967f0b7b8 src/standalone/api/kernels/backgroundExecution.ts --repo microsoft/vscode-jupyter --license MIT \
  --class syntactic --kind listener --receiver 'api' --event onDidReceiveDisplayUpdate --line 75 --shape missing-removal \
  --desc "each background execution subscribed to the kernel API's display-update event and to the token's cancellation in a local DisposableStore that was disposed only when the token was cancelled, so every execution that completed normally left both subscriptions registered; the fix disposes the store in the promise's finally handler"

# microsoft/playwright-vscode (Apache-2.0)
add $M/microsoft+playwright-vscode/repo f0826d8 src/playwrightTestServer.ts --repo microsoft/playwright-vscode --license Apache-2.0 \
  --class syntactic --kind listener --receiver 'token' --event onCancellationRequested --line 222 --shape discarded-disposable \
  --desc "runTests() registered a cancellation listener on the run's token that sends a stop message to the test-server connection and dropped the returned disposable, so every call left a listener holding the connection on the token after the run finished; the fix puts it in the per-call disposables disposed in the finally block"

# julia-vscode/julia-vscode (MIT; package.json says "SEE LICENSE IN LICENSE", LICENSE is MIT)
JV=$M/julia-vscode+julia-vscode/repo
add $JV 499a535b src/extension.ts --repo julia-vscode/julia-vscode --license MIT \
  --class syntactic --kind listener --receiver 'vscode.tasks' --event onDidEndTaskProcess --line 567 --shape discarded-disposable \
  --desc "each install task waited for its end by subscribing to the global vscode.tasks.onDidEndTaskProcess event and never disposed the subscription, so every install run left a listener (holding the task execution and the promise's resolver) on the task service; the fix keeps the disposable and disposes it once the task has ended"
add $JV 5ef16888 src/interactive/workspace.ts --repo julia-vscode/julia-vscode --license MIT \
  --class types --kind listener --receiver 'onFinishEval' --event null --line 82 --shape discarded-disposable \
  --desc "every REPLNode subscribed to the REPL module's finish-evaluation event in its constructor and dropped the subscription, so each REPL session that ended left its node (with its connection and variable tree) subscribed and refreshing on later evaluations; the fix keeps the disposable and disposes it when the REPL is closed"

# foambubble/foam (MIT)
add $M/foambubble+foam/repo c22cebb6 packages/foam-vscode/src/features/hover-provider.ts --repo foambubble/foam --license MIT \
  --class types --kind disposable --receiver 'isHoverEnabled' --event null --line 19 --shape discarded-disposable \
  --desc "the hover feature created a configuration monitor (which subscribes to VS Code's configuration changes) and never registered it for disposal, so the subscription outlived the extension's deactivation; the fix adds the monitor to the extension context's subscriptions"

# microsoft/vscode-wasm (MIT)
add $M/microsoft+vscode-wasm/repo 60bc068 sync-api-common/src/browser/connection.ts --repo microsoft/vscode-wasm --license MIT \
  --class syntactic --kind socket --receiver 'this.channel' --event null --line 15 --shape no-teardown \
  --desc "the browser client and service connections each opened a BroadcastChannel with a message listener and offered no way to close it, so a finished connection kept its channel open and its handler (and the connection) reachable; the fix adds dispose() methods that close the channel"

# atom/teletype (MIT)
T=$M/atom+teletype/repo
add $T cf61e28 lib/portal-list-component.js --repo atom/teletype --license MIT \
  --class syntactic --kind listener --receiver 'this.props.portalBindingManager' --event onDidChange --line 14 --shape missing-in-teardown \
  --desc "the portal list etch component subscribed to the shared portal binding manager's change event in its constructor and had no destroy hook, so a destroyed list stayed subscribed and kept re-fetching and re-rendering on every change; the fix adds destroy() that disposes the subscription before etch.destroy"
add $T 68188aa lib/host-portal-binding.js --repo atom/teletype --license MIT \
  --class types --kind disposable --receiver 'this.sitePositionsController' --event null --line 28 --shape missing-in-teardown \
  --desc "a host portal binding created a SitePositionsController (which holds editor-binding subscriptions and three site-position components) and dispose() never destroyed it, so a closed portal left its subscriptions and components alive; the fix destroys the controller in dispose()"

# TypeStrong/atom-typescript (MIT)
AT=$M/TypeStrong+atom-typescript/repo
add $AT 2be73bd9 lib/main/checklistResolver.ts --repo TypeStrong/atom-typescript --license MIT \
  --class syntactic --kind listener --receiver 'source' --event onDidChange --line 188 --shape missing-removal \
  --desc "addFile() subscribed to change, delete and rename events of an Atom File (a path watcher) for every file opened for error checking, and removeFile() only took the group of subscriptions out of the resolver's CompositeDisposable without disposing it, so every closed file kept its watcher subscriptions alive; the fix disposes the group when the file is removed"
add $AT ce8bdfb5 lib/main/typescriptBuffer.ts --repo TypeStrong/atom-typescript --license MIT \
  --class runtime --kind listener --receiver 'this.buffer' --event onDidStopChanging --line 60 --shape identity-mistake \
  --desc "flush() subscribed to the text buffer's stop-changing event and, in the handler, called a dispose function destructured from the returned Disposable, which runs without its object and so does not remove the subscription, leaving one more handler on the buffer per flush; the fix keeps the Disposable and calls sub.dispose() after the promise resolves"

# AtomLinter/linter-ui-default (MIT; formerly steelbrain/linter-ui-default, both names checked)
add $M/AtomLinter+linter-ui-default/repo/.git e89cabd lib/editor.js --repo AtomLinter/linter-ui-default --license MIT \
  --class syntactic --kind listener --receiver 'atom.config' --event null --line 24 --shape missing-in-teardown \
  --desc "each per-editor UI object observed the global showBubble setting and the editor's cursor, and when its text editor was destroyed, destroy() only emitted did-destroy without disposing the subscriptions, so every closed editor left its config observer (holding the object and its editor) registered; the fix calls dispose() from destroy()"

# types cases: the modules their files import
npx tsx test/scan/eval/add-imports.ts "$JV" julia-vscode__julia-vscode__5ef1688 --depth 2 --max-lines 6000
npx tsx test/scan/eval/add-imports.ts "$M/foambubble+foam/repo" foambubble__foam__c22cebb --depth 2 --max-lines 6000
npx tsx test/scan/eval/add-imports.ts "$T" atom__teletype__68188aa --depth 2 --max-lines 6000

# batch tag (add-case.ts does not know batches)
for f in scan-corpus/fixes/cases/microsoft__vscode-jupyter__d648011/case.json \
  scan-corpus/fixes/cases/microsoft__vscode-jupyter__1cb685d/case.json \
  scan-corpus/fixes/cases/microsoft__playwright-vscode__f0826d8/case.json \
  scan-corpus/fixes/cases/julia-vscode__julia-vscode__499a535/case.json \
  scan-corpus/fixes/cases/julia-vscode__julia-vscode__5ef1688/case.json \
  scan-corpus/fixes/cases/foambubble__foam__c22cebb/case.json \
  scan-corpus/fixes/cases/microsoft__vscode-wasm__60bc068/case.json \
  scan-corpus/fixes/cases/atom__teletype__cf61e28/case.json \
  scan-corpus/fixes/cases/atom__teletype__68188aa/case.json \
  scan-corpus/fixes/cases/TypeStrong__atom-typescript__2be73bd/case.json \
  scan-corpus/fixes/cases/TypeStrong__atom-typescript__ce8bdfb/case.json \
  scan-corpus/fixes/cases/AtomLinter__linter-ui-default__e89cabd/case.json; do
  node -e 'const fs=require("fs");const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,"utf8"));j.batch="2026-12-07u";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")' "$f"
done
