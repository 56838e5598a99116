#!/usr/bin/env bash
# Batch 2026-12-07v, list (ar): leak fixes from VS Code extensions for editor features (git and source
# control, views and tree views, UI helpers, notebooks, remote and collaboration tools):
# coder/vscode-coder, hbenl/vscode-test-explorer, liximomo/vscode-sftp, kisstkondoros/gutter-preview,
# added by a helper who classified them from the diffs only (no scan was run).
# mhutchie/vscode-git-graph, waderyan/vscode-gitblame, marimo-team/vscode-marimo, dendronhq/dendron,
# TeamCodeStream/codestream, hediet/vscode-drawio, oderwat/vscode-indent-rainbow, CoenraadS/BracketPair
# and LeetCode-OpenSource/vscode-leetcode gave no case. Each case.json gets "batch": "2026-12-07v"
# afterwards (the loop at the end). Skipped diffs and repositories: tools/skipped-h56b.md.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# coder/vscode-coder (MIT)
C=$M/coder+vscode-coder/repo
add $C 86de75dc src/inbox.ts --repo coder/vscode-coder --license MIT \
  --class syntactic --kind timer --receiver 'setInterval' --event null --line 99 --shape missing-in-teardown \
  --desc "the Inbox started a five-minute memory-logging interval held only in a constructor local, and dispose() could not clear it, so after disposal the interval (and the Inbox it closes over) stayed alive until its next tick noticed the disposed flag; the fix keeps the interval in a field and clears it in dispose()"
add $C a6cf0372 src/commands.ts --repo coder/vscode-coder --license MIT \
  --class syntactic --kind disposable --receiver 'vscode.window' --event null --line 22 --shape discarded-disposable \
  --desc "askURL() created a QuickPick (with its hide and selection listeners) on every call and returned once the user chose or dismissed it, never disposing it, so each URL prompt left its QuickPick and listeners behind; the fix awaits the choice and then disposes the QuickPick"
add $C 46005678 src/extension.ts --repo coder/vscode-coder --license MIT \
  --class syntactic --kind disposable --receiver 'vscode.commands' --event null --line 262 --shape discarded-disposable \
  --desc "activate() registered its commands, URI handler and two tree views (and their visibility listeners) and dropped the returned disposables, and never handed the service container or workspace providers to the extension context, so none of them was released when the extension was deactivated; the fix pushes all of them into ctx.subscriptions"

# hbenl/vscode-test-explorer (MIT)
X=$M/hbenl+vscode-test-explorer/repo
add $X 3c8e586 src/tree/testCollection.ts --repo hbenl/vscode-test-explorer --license MIT \
  --class syntactic --kind listener --receiver 'vscode.workspace' --event onDidChangeConfiguration --line 28 --shape missing-in-teardown \
  --desc "each TestCollection (one per registered test adapter) subscribed to the global configuration-change event and dropped the disposable, and unregistering the adapter just spliced the collection out, so the workspace kept every removed collection's handler; the fix keeps the subscription in a disposables list, adds dispose() and calls it when the adapter is unregistered"
add $X c558b9e src/tree/testCollection.ts --repo hbenl/vscode-test-explorer --license MIT \
  --class types --kind listener --receiver 'adapter' --event testStates --line 42 --shape missing-in-teardown \
  --desc "the TestCollection subscribed to its test adapter's testStates, reload and autorun events and dropped the returned disposables, so after the collection was disposed the adapter (owned by another extension) still held and called the collection's handlers; the fix pushes the three subscriptions into the collection's disposables list"
add $X 257d706 src/decorator.ts --repo hbenl/vscode-test-explorer --license MIT \
  --class syntactic --kind disposable --receiver 'vscode.window' --event null --line 22 --shape discarded-disposable \
  --desc "the Decorator created an error text-editor decoration type (and its state decoration types) and never disposed them or registered them with the extension context, so they outlived the extension's deactivation; the fix pushes each decoration type into context.subscriptions"

# liximomo/vscode-sftp (MIT at the fix)
add $M/liximomo+vscode-sftp/repo c09979f src/modules/fileWatcher.ts --repo liximomo/vscode-sftp --license MIT \
  --class syntactic --kind disposable --receiver 'vscode.workspace' --event null --line 101 --shape early-return \
  --desc "createWatcher() returned early when the new watcher config was empty before disposing the FileSystemWatcher it had created for the same base on an earlier call, so turning the watcher config off left the old watcher and its upload/delete handlers running; the fix disposes the previous watcher before the early return"

# kisstkondoros/gutter-preview (MIT)
G=$M/kisstkondoros+gutter-preview/repo
add $G c25931a src/util/editorutil.ts --repo kisstkondoros/gutter-preview --license MIT \
  --class runtime --kind disposable --receiver 'decoration' --event null --line 11 --shape discarded-disposable \
  --desc "every scan created fresh text-editor decoration types for the image previews, and clearEditorDecorations() only set them to empty ranges in the visible editors before the scan results were dropped, so each rescan left its decoration types allocated; the fix disposes each decoration type when clearing it"
add $G cfdeac5 src/extension.ts --repo kisstkondoros/gutter-preview --license MIT \
  --class syntactic --kind listener --receiver 'vscode.workspace' --event onDidChangeTextDocument --line 238 --shape discarded-disposable \
  --desc "activate() subscribed to the workspace's text-document change, open and folder-change events and the window's active-editor change and dropped all four disposables, so the handlers stayed registered after deactivation; the fix pushes each subscription into context.subscriptions"

# types cases: the modules their files import
npx tsx test/scan/eval/add-imports.ts "$X" hbenl__vscode-test-explorer__c558b9e --depth 2 --max-lines 6000

# batch tag (add-case.ts does not know batches)
for f in scan-corpus/fixes/cases/coder__vscode-coder__86de75d/case.json \
  scan-corpus/fixes/cases/coder__vscode-coder__a6cf037/case.json \
  scan-corpus/fixes/cases/coder__vscode-coder__4600567/case.json \
  scan-corpus/fixes/cases/hbenl__vscode-test-explorer__3c8e586/case.json \
  scan-corpus/fixes/cases/hbenl__vscode-test-explorer__c558b9e/case.json \
  scan-corpus/fixes/cases/hbenl__vscode-test-explorer__257d706/case.json \
  scan-corpus/fixes/cases/liximomo__vscode-sftp__c09979f/case.json \
  scan-corpus/fixes/cases/kisstkondoros__gutter-preview__c25931a/case.json \
  scan-corpus/fixes/cases/kisstkondoros__gutter-preview__cfdeac5/case.json; do
  node -e 'const fs=require("fs");const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,"utf8"));j.batch="2026-12-07v";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")' "$f"
done
