#!/usr/bin/env bash
# Batch 2026-12-07e, list (b): leak fixes from extensions and desktop code (VS Code extensions and
# a terminal prompt library): microsoft/vscode-pull-request-github, golang/vscode-go,
# enquirer/enquirer and gitkraken/vscode-gitlens, added by a helper who classified them from the
# diffs only (no scan was run). vadimdemedes/ink and streetsidesoftware/vscode-spell-checker gave
# no case (no leak fix in ink's history; the spell checker is GPL-3.0-or-later), and
# SBoudrias/Inquirer.js could not be fetched (snapshot over the size limit). Each case.json gets
# "batch": "2026-12-07e" afterwards (the loop at the end).
# Skipped diffs and repositories: tools/skipped-h39b.md.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# microsoft/vscode-pull-request-github (MIT)
P=$M/microsoft+vscode-pull-request-github/repo
add $P 65c1972d src/view/treeNodes/pullRequestNode.ts --repo microsoft/vscode-pull-request-github --license MIT \
  --class syntactic --kind disposable --receiver 'vscode.workspace' --event null --line 59 --shape discarded-disposable \
  --desc "every time the tree asked a pull request node for its children, the node registered another document comment provider with the editor and threw the returned disposable away, so each tree refresh left one more provider (and the node behind it) registered for the rest of the session; the fix keeps the registration on the node, disposes the previous one before registering again and disposes it (and the node's children) in a new dispose method"
add $P 2be8f504 src/authentication/githubServer.ts --repo microsoft/vscode-pull-request-github --license MIT \
  --class types --kind listener --receiver 'uriHandler' --event null --line 129 --shape missing-on-error-path \
  --desc "login() subscribed to the extension's module-wide URI handler emitter to wait for the authentication callback and disposed the subscription only after a successful token, so a callback that rejected (an expired token response) left the subscription, and the login closure, on the shared emitter; the fix waits through a helper that disposes the subscription whether the promise resolves or rejects"
add $P 24ed0c1b src/notifications/notificationsManager.ts --repo microsoft/vscode-pull-request-github --license MIT \
  --class types --kind disposable --receiver 'this' --event null --line 466 --shape per-call-on-shared \
  --desc "each start of notification polling (at construction and again whenever the refresh-interval setting changed) added a new clear-interval disposable to the manager's inherited disposable store and never took it out, so the store grew by one entry per restart for the manager's lifetime; the fix keeps the registered disposable in a field and disposes it when polling stops"

# golang/vscode-go (MIT)
G=$M/golang+vscode-go/repo
add $G f9896e80 src/goStatus.ts --repo golang/vscode-go --license MIT \
  --class syntactic --kind disposable --receiver 'statusBarEntry' --event null --line 156 --shape field-overwritten \
  --desc "addGoStatus() created a new status bar item on every call and stored it in a module variable, replacing the previous item without disposing it, so repeated warnings (missing tools, Go update available) left orphaned status bar items that removeGoStatus() could no longer reach; the fix reuses the existing item and clears the variable after disposing it"
add $G 03cf9763 src/pickProcess.ts --repo golang/vscode-go --license MIT \
  --class syntactic --kind disposable --receiver 'menu' --event null --line 41 --shape missing-on-error-path \
  --desc "the attach-to-process picker created a quick pick and disposed it only when the user accepted an item, so hiding the picker in any other way left the quick pick (and its listeners) undisposed and the returned promise pending forever; the fix rejects on hide and disposes the quick pick when the promise settles either way"
add $G 070d2faf src/goExplorer.ts --repo golang/vscode-go --license MIT \
  --class syntactic --kind listener --receiver 'vscode.window' --event onDidChangeActiveTextEditor --line 45 --shape discarded-disposable \
  --desc "the Go explorer's constructor subscribed to the editor-wide active-editor, workspace-folder, configuration and document-close events and dropped the returned disposables, so the subscriptions (and the provider) outlived the extension's deactivation; the fix passes the extension context in and pushes every subscription onto its subscriptions"

# enquirer/enquirer (MIT)
E=$M/enquirer+enquirer/repo
add $E 72b376a lib/prompt.js --repo enquirer/enquirer --license MIT \
  --class types --kind listener --receiver 'utils' --event exit --line 60 --shape per-call-on-shared \
  --desc "each prompt that hid the cursor registered an exit callback through the utils module, which kept every callback (and so every finished prompt) in a module-level array for the life of the process; the fix makes the registration return a release function that the prompt calls when it closes, and the module removes its process signal and exit listeners once no callbacks remain"

# gitkraken/vscode-gitlens (MIT outside folders named plus; this file is not in one)
L=$M/gitkraken+vscode-gitlens/repo
add $L 32e8602d4 src/system/trie.ts --repo gitkraken/vscode-gitlens --license MIT \
  --class runtime --kind disposable --receiver 'node.value' --event null --line 560 --shape field-overwritten \
  --desc "the path trie that holds the open repositories overwrote a node's value when a repository was added again for the same path, and dropped it on delete, without disposing the old value, so a replaced or removed repository kept its watchers and subscriptions alive; the fix disposes a disposable value when it is replaced or deleted (unless the caller asks not to)"

# types cases: the modules their files import
npx tsx test/scan/eval/add-imports.ts "$P" microsoft__vscode-pull-request-github__2be8f50 --depth 2 --max-lines 6000
npx tsx test/scan/eval/add-imports.ts "$P" microsoft__vscode-pull-request-github__24ed0c1 --depth 2 --max-lines 6000
npx tsx test/scan/eval/add-imports.ts "$E" enquirer__enquirer__72b376a --depth 2 --max-lines 6000

# batch tag (add-case.ts does not know batches)
for f in scan-corpus/fixes/cases/microsoft__vscode-pull-request-github__65c1972/case.json \
  scan-corpus/fixes/cases/microsoft__vscode-pull-request-github__2be8f50/case.json \
  scan-corpus/fixes/cases/microsoft__vscode-pull-request-github__24ed0c1/case.json \
  scan-corpus/fixes/cases/golang__vscode-go__f9896e8/case.json \
  scan-corpus/fixes/cases/golang__vscode-go__03cf976/case.json \
  scan-corpus/fixes/cases/golang__vscode-go__070d2fa/case.json \
  scan-corpus/fixes/cases/enquirer__enquirer__72b376a/case.json \
  scan-corpus/fixes/cases/gitkraken__vscode-gitlens__32e8602/case.json; do
  node -e 'const fs=require("fs");const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,"utf8"));j.batch="2026-12-07e";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")' "$f"
done
