#!/usr/bin/env bash
# Batch 2026-12-08a, list (aw): leak fixes from VS Code language-feature and language-server
# extensions and debug adapters (microsoft/vscode-debugadapter-node, microsoft/vscode-node-debug,
# vlang/vscode-vlang, nim-lang/vscode-nim, microsoft/vscode-mypy, elm-tooling/elm-language-server,
# NomicFoundation/hardhat-vscode, ansible/vscode-ansible), added by a helper who classified them
# from the diffs only (no scan was run). Each case.json gets "batch": "2026-12-08a" afterwards (the
# loop at the end). Skipped diffs and repositories: tools/skipped-h60a.md.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# microsoft/vscode-debugadapter-node (MIT)
add $M/microsoft+vscode-debugadapter-node/repo 3b207d5 adapter/src/logger.ts --repo microsoft/vscode-debugadapter-node --license MIT \
  --class syntactic --kind listener --receiver 'process' --event beforeExit --line 39 --shape missing-in-teardown \
  --desc "the Logger constructor added 'beforeExit', 'SIGTERM' and 'SIGINT' listeners to the process that nothing ever removed, so every Logger stayed attached to the process (and kept handling signals) after dispose(); the fix registers named callbacks when a log file is opened and removes them from the process in dispose()"

# microsoft/vscode-node-debug (MIT)
add $M/microsoft+vscode-node-debug/repo 762df13 src/node/extension/childProcesses.ts --repo microsoft/vscode-node-debug --license MIT \
  --class runtime --kind timer --receiver 'setTimeout' --event null --line 67 --shape rearm-after-stop \
  --desc "the cluster watcher polled for child processes by re-arming a setTimeout after each asynchronous process lookup; stopWatching() only cleared the current timeout, so a lookup still running when the debug session ended re-armed the poll and it went on forever; the fix clears the session on stop and re-arms only while a session is set"

# vlang/vscode-vlang (MIT, LICENSE file; package.json says SEE LICENSE IN LICENSE)
V=$M/vlang+vscode-vlang/repo
add $V 352e28c src/client/run.ts --repo vlang/vscode-vlang --license MIT \
  --class syntactic --kind listener --receiver 'vscode.window' --event onDidCloseTerminal --line 13 --shape per-call-on-shared \
  --desc "every run command subscribed a new handler to vscode.window.onDidCloseTerminal and dropped the returned disposable, so handlers piled up on the window event with each run; the fix subscribes once at activation"
add $V 3ea4a70 src/client/format.ts --repo vlang/vscode-vlang --license MIT \
  --class syntactic --kind disposable --receiver 'languages' --event null --line 33 --shape discarded-disposable \
  --desc "registerFormatter() registered the document formatting provider and discarded the returned disposable, so the provider was never unregistered when the extension was deactivated; the fix returns it and activate() adds it to context.subscriptions"

# nim-lang/vscode-nim (MIT)
add $M/nim-lang+vscode-nim/repo 72290d2 src/nimSuggestExec.ts --repo nim-lang/vscode-nim --license MIT \
  --class runtime --kind other --receiver 'cp' --event null --line 258 --shape field-overwritten \
  --desc "getNimSuggestProcess() put a nimsuggest process into the per-project cache only after it had started and its RPC client connected, so concurrent requests for the same project each spawned their own process and all but the last one stored were never stopped or killed; the fix caches the pending promise before spawning so one process is shared"

# microsoft/vscode-mypy (MIT)
add $M/microsoft+vscode-mypy/repo 7404c4d src/common/server.ts --repo microsoft/vscode-mypy --license MIT \
  --class runtime --kind disposable --receiver 'newLSClient' --event onDidChangeState --line 113 --shape missing-in-teardown \
  --desc "restartServer() disposed the previous clients' onDidChangeState subscriptions only when an old client was passed in, so a restart without one (e.g. concurrent restarts) kept the earlier subscriptions and their handlers; the fix always disposes the collected disposables before starting the new client"

# elm-tooling/elm-language-server (MIT)
add $M/elm-tooling+elm-language-server/repo d5bfd43 src/node/fileSystem.ts --repo elm-tooling/elm-language-server --license MIT \
  --class syntactic --kind disposable --receiver 'chokidar.watch(realUri.fsPath)' --event null --line 115 --shape discarded-disposable \
  --desc "watchFile() created a chokidar file watcher for each elm.json and dropped it, so the watchers could never be closed and outlived the workspace program; the fix returns a disposable that closes the watcher, and the program disposes it when the server exits"

# NomicFoundation/hardhat-vscode (MIT)
add $M/NomicFoundation+hardhat-vscode/repo 5c382087 server/src/services/formatting/forgeFormat.ts --repo NomicFoundation/hardhat-vscode --license MIT \
  --class syntactic --kind timer --receiver 'setTimeout' --event null --line 33 --shape missing-in-teardown \
  --desc "each format request armed a 2-second timeout that kills the forge child process and never cleared it when formatting finished, so every request left a pending timer holding the finished child; the fix clears the timeout once the output has arrived"

# ansible/vscode-ansible (MIT)
add $M/ansible+vscode-ansible/repo 46a0aec5 src/statusBar/ansibleStatusBar.ts --repo ansible/vscode-ansible --license MIT \
  --class syntactic --kind disposable --receiver 'this._client' --event null --line 86 --shape discarded-disposable \
  --desc "the status bar item registered a metadata notification handler on the language client and discarded the returned disposable, so disposing the status bar left the handler (and the status bar object) registered on the client; the fix returns the disposable and adds it to the item's disposables"

# batch tag (add-case.ts does not know batches)
for f in scan-corpus/fixes/cases/microsoft__vscode-debugadapter-node__3b207d5/case.json \
  scan-corpus/fixes/cases/microsoft__vscode-node-debug__762df13/case.json \
  scan-corpus/fixes/cases/vlang__vscode-vlang__352e28c/case.json \
  scan-corpus/fixes/cases/vlang__vscode-vlang__3ea4a70/case.json \
  scan-corpus/fixes/cases/nim-lang__vscode-nim__72290d2/case.json \
  scan-corpus/fixes/cases/microsoft__vscode-mypy__7404c4d/case.json \
  scan-corpus/fixes/cases/elm-tooling__elm-language-server__d5bfd43/case.json \
  scan-corpus/fixes/cases/NomicFoundation__hardhat-vscode__5c38208/case.json \
  scan-corpus/fixes/cases/ansible__vscode-ansible__46a0aec/case.json; do
  node -e 'const fs=require("fs");const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,"utf8"));j.batch="2026-12-08a";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")' "$f"
done
