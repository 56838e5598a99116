#!/usr/bin/env bash
# Batch 2026-12-07w, list (h57b): leak fixes from VS Code extensions for editor features (git and
# source control, views and tree views, UI helpers, notebooks, remote and collaboration tools):
# JohnstonCode/svn-scm, atlassian/atlascode, deepnote/vscode-deepnote, stef-levesque/vscode-perforce,
# wayou/vscode-todo-highlight, usernamehw/vscode-todo-md, Huachao/vscode-restclient and
# formulahendry/vscode-code-runner, added by a helper who classified them from the diffs only (no
# scan was run). mrcrowl/vscode-hg, cweijan/vscode-database-client, VSpaceCode/VSpaceCode,
# yzhang-gh/vscode-markdown, gitpod-io/gitpod-code, tanhakabir/rest-book, kortina/vscode-markdown-notes,
# tomrijndorp/vscode-finditfaster, aaron-bond/better-comments and sourcegraph/sourcegraph-vscode gave
# no case. Each case.json gets "batch": "2026-12-07w" afterwards (the loop at the end).
# Skipped diffs and repositories: tools/skipped-h57b.md.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# JohnstonCode/svn-scm (MIT)
S=$M/JohnstonCode+svn-scm/repo
add $S 7c476f7 src/svn_fs.ts --repo JohnstonCode/svn-scm --license MIT \
  --class syntactic --kind disposable --receiver 'workspace' --event null --line 63 --shape discarded-disposable \
  --desc "the svnfs file-system provider's constructor registered itself with workspace.registerFileSystemProvider and dropped the returned disposable, and the module-level instance was never disposed, so the registration (and the provider's in-memory files) outlived the extension's deactivation; the fix keeps the registration in a list that a new dispose() releases, and adds the instance to the extension's disposables"
add $S 4cfc1c6 src/repository.ts --repo JohnstonCode/svn-scm --license MIT \
  --class syntactic --kind timer --receiver 'setInterval' --event null --line 272 --shape missing-in-teardown \
  --desc "each Repository started a setInterval polling for new remote commits and discarded its handle, so disposing the repository (closing it or removing its folder) left the interval running against the dead repository; the fix keeps the handle and clears it through the repository's disposables (and also adds its resource groups to them)"
add $S 953052d src/historyView/itemLogProvider.ts --repo JohnstonCode/svn-scm --license MIT \
  --class syntactic --kind disposable --receiver 'commands' --event null --line 44 --shape discarded-disposable \
  --desc "the file-history tree provider's constructor registered five commands with commands.registerCommand and dropped the returned disposables, so the registrations were never released when the provider went away; the fix collects them in a list, gives the provider a dispose() that releases them and adds the provider to the extension's disposables"

# atlassian/atlascode (Apache-2.0: package.json says SEE LICENSE IN LICENSE, LICENSE is Apache 2.0)
add $M/atlassian+atlascode/repo 89238069e src/rovo-dev/ui/prompt-box/prompt-input/utils.tsx --repo atlassian/atlascode --license Apache-2.0 \
  --class syntactic --kind disposable --receiver 'monaco.editor' --event null --line 287 --shape discarded-disposable \
  --desc "setupMonacoCommands() registered about ten global Monaco commands with monaco.editor.registerCommand and dropped every returned disposable (and setupAutoResize dropped its content-size listener), while the prompt component called it again each time its callbacks changed, so the registrations and the closures over old callbacks and the editor piled up; the fix collects the disposables and returns one disposable that the component's effect cleanup calls"

# deepnote/vscode-deepnote (MIT); a commit of Deepnote's own, after the fork from vscode-jupyter
add $M/deepnote+vscode-deepnote/repo ba7b600d4 src/webviews/webview-side/integrations/IntegrationPanel.tsx --repo deepnote/vscode-deepnote --license MIT \
  --class syntactic --kind timer --receiver 'setTimeout' --event null --line 39 --shape missing-in-teardown \
  --desc "the integrations webview panel started a 5-second setTimeout to hide each success or error message and kept no handle, so every message queued another timer that was never cleared and fired setMessage after the panel unmounted; the fix keeps the handle in a ref, clears the previous timer before starting a new one and clears it on unmount"

# stef-levesque/vscode-perforce (MIT, LICENSE.md)
add $M/stef-levesque+vscode-perforce/repo f17dd7a src/scm/Model.ts --repo stef-levesque/vscode-perforce --license MIT \
  --class syntactic --kind disposable --receiver 'this._defaultGroup' --event null --line 440 --shape field-overwritten \
  --desc "every status refresh created a new SCM resource group for the default changelist and new groups for each pending changelist, overwriting the field and clearing the map without disposing the previous groups, so the old groups stayed registered with the source-control view; the fix disposes the previous default group and all pending groups before creating new ones"

# wayou/vscode-todo-highlight (MIT, LICENSE.txt)
add $M/wayou+vscode-todo-highlight/repo bcb98f6 src/extension.js --repo wayou/vscode-todo-highlight --license MIT \
  --class syntactic --kind disposable --receiver 'vscode.commands' --event null --line 23 --shape discarded-disposable \
  --desc "activate() registered the extension's three commands with vscode.commands.registerCommand and dropped the returned disposables, so they were never released on deactivation; the fix pushes each registration into context.subscriptions"

# usernamehw/vscode-todo-md (MIT)
add $M/usernamehw+vscode-todo-md/repo daf35b2 src/extension.ts --repo usernamehw/vscode-todo-md --license MIT \
  --class syntactic --kind listener --receiver 'window' --event onDidChangeActiveTextEditor --line 107 --shape discarded-disposable \
  --desc "activate() subscribed to window.onDidChangeActiveTextEditor and dropped the returned disposable, and deactivate() released only the editor decorations, not the listener or the completion providers and document listener held in static fields; the fix keeps the subscription and disposes it and the other stored registrations in deactivate()"

# Huachao/vscode-restclient (MIT)
R=$M/Huachao+vscode-restclient/repo
add $R c86b377 src/controllers/requestController.ts --repo Huachao/vscode-restclient --license MIT \
  --class syntactic --kind disposable --receiver 'this._outputChannel' --event null --line 51 --shape missing-in-teardown \
  --desc "the request controller created a 'REST' output channel in its constructor, but its dispose() released only the two status-bar items and the webview, so the output channel was never disposed; the fix disposes it too"
add $R 6191da4 src/extension.ts --repo Huachao/vscode-restclient --license MIT \
  --class not-a-leak --kind disposable --receiver 'responseController' --event null --line 28 --shape empty-dispose \
  --desc "adds the response controller to context.subscriptions, but the controller's dispose() is empty and it holds no registrations, listeners or timers (its constructor only creates two folders), so nothing was left undisposed before"

# formulahendry/vscode-code-runner (MIT)
add $M/formulahendry+vscode-code-runner/repo 3571b9d src/codeManager.ts --repo formulahendry/vscode-code-runner --license MIT \
  --class runtime --kind other --receiver 'this._process' --event null --line 399 --shape missing-in-teardown \
  --desc "the code manager ran user code in a child process kept in this._process and killed it only from the stop command, and the manager had no teardown, so a program still running when the extension host shut down was left running; the fix makes the manager disposable, kills the running process tree in dispose() and adds the manager to context.subscriptions"

# batch tag (add-case.ts does not know batches)
for f in scan-corpus/fixes/cases/JohnstonCode__svn-scm__7c476f7/case.json \
  scan-corpus/fixes/cases/JohnstonCode__svn-scm__4cfc1c6/case.json \
  scan-corpus/fixes/cases/JohnstonCode__svn-scm__953052d/case.json \
  scan-corpus/fixes/cases/atlassian__atlascode__8923806/case.json \
  scan-corpus/fixes/cases/deepnote__vscode-deepnote__ba7b600/case.json \
  scan-corpus/fixes/cases/stef-levesque__vscode-perforce__f17dd7a/case.json \
  scan-corpus/fixes/cases/wayou__vscode-todo-highlight__bcb98f6/case.json \
  scan-corpus/fixes/cases/usernamehw__vscode-todo-md__daf35b2/case.json \
  scan-corpus/fixes/cases/Huachao__vscode-restclient__c86b377/case.json \
  scan-corpus/fixes/cases/Huachao__vscode-restclient__6191da4/case.json \
  scan-corpus/fixes/cases/formulahendry__vscode-code-runner__3571b9d/case.json; do
  node -e 'const fs=require("fs");const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,"utf8"));j.batch="2026-12-07w";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")' "$f"
done
