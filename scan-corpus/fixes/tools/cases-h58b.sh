#!/usr/bin/env bash
# Batch 2026-12-07x, list (av): leak fixes from VS Code extensions that show webviews as tool
# panels (database, REST/API clients, cloud dashboards, chat and assistant panels, test reports):
# aws/aws-toolkit-vscode, smallcloudai/refact-vscode, twinnydotdev/twinny (formerly rjmacarthy/twinny),
# apollographql/vscode-graphql, added by a helper who classified them from the diffs only (no scan
# was run). Each case.json gets "batch": "2026-12-07x" afterwards (the loop at the end).
# Skipped diffs and repositories: tools/skipped-h58b.md.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# aws/aws-toolkit-vscode (Apache-2.0)
A=$M/aws+aws-toolkit-vscode/repo
add $A 06b390d53d packages/core/src/awsService/cloudWatchLogs/commands/tailLogGroup.ts --repo aws/aws-toolkit-vscode --license Apache-2.0 \
  --class syntactic --kind listener --receiver 'vscode.window' --event onDidChangeActiveTextEditor --line 228 --shape discarded-disposable \
  --desc "every live-tail session subscribed to the window's active-editor changes (to show its status bar item) and to tab-group changes (to close the session with its last editor) and dropped both returned disposables, so each stopped session left its two handlers (and the session and document they close over) registered for the extension's lifetime; the fix returns the disposables and disposes them when the tail command ends"
add $A 1f1c29401c src/applicationcomposer/messageHandlers/addFileWatchMessageHandler.ts --repo aws/aws-toolkit-vscode --license Apache-2.0 \
  --class syntactic --kind disposable --receiver 'vscode.workspace' --event null --line 25 --shape discarded-disposable \
  --desc "the composer webview's add-file-watch message created a file-system watcher on the template and never disposed it, so after the panel was closed the watcher stayed alive and its change handler kept posting to the disposed webview; the fix pushes the watcher into the panel's disposables, which are disposed when the panel closes"
add $A 996a91a4d2 src/webviews/server.ts --repo aws/aws-toolkit-vscode --license Apache-2.0 \
  --class syntactic --kind listener --receiver 'handler' --event null --line 120 --shape per-call-on-shared \
  --desc "the webview message server subscribed the webview to a long-lived EventEmitter each time the client asked for an event command and dropped the subscription, and the returned disposable only removed the message listener, so every webview reload or re-subscription stacked another forwarding handler on the emitter that outlived the webview; the fix keeps the subscriptions, drops them when the webview reloads and disposes them with the server"

# smallcloudai/refact-vscode (BSD-3-Clause, LICENSE.txt)
R=$M/smallcloudai+refact-vscode/repo
add $R 95566ac src/rconsoleProvider.ts --repo smallcloudai/refact-vscode --license BSD-3-Clause \
  --class syntactic --kind disposable --receiver 'vscode.commands' --event null --line 178 --shape missing-in-teardown \
  --desc "the inline console registered one VS Code command per slash command into an array local to the opening function, and refact_console_close() disposed the console's other disposables but not these, so closing the console any other way than closing its document left the last batch of commands (and the editor and messages they close over) registered; the fix moves the array to module scope and disposes it in refact_console_close()"
add $R c811191 src/rconsoleProvider.ts --repo smallcloudai/refact-vscode --license BSD-3-Clause \
  --class syntactic --kind disposable --receiver 'vscode.commands' --event null --line 179 --shape per-call-on-shared \
  --desc "each opening of the inline console registered its send-to-sidebar and close commands into the extension context's subscriptions, which are only disposed on deactivation, so every console opened added two more command registrations holding that console's editor and messages; the fix pushes them into the console's own disposables, which are disposed when it closes"
add $R 03c3976 src/chatTab.ts --repo smallcloudai/refact-vscode --license BSD-3-Clause \
  --class runtime --kind listener --receiver 'vscode.window' --event onDidChangeActiveTextEditor --line 111 --shape missing-in-teardown \
  --desc "a ChatTab subscribed to the window's active-editor and selection changes and to configuration changes in its constructor, and only disposed them when its creator called dispose(); the tab opened in an editor panel did, but the one the sidebar created for its webview view never did, so the subscriptions outlived the view; the fix has the tab dispose itself when its panel or view is disposed (the missing call is in another module, sidebar.ts)"

# twinnydotdev/twinny (MIT)
add $M/twinnydotdev+twinny/repo e3b6d23 src/webview/chat.tsx --repo twinnydotdev/twinny --license MIT \
  --class syntactic --kind listener --receiver 'window' --event message --line 139 --shape missing-in-teardown \
  --desc "the chat webview's React component added a window 'message' listener in a mount effect with no cleanup, so each remount of the chat view added another handler bound to a stale component that kept handling extension messages; the fix returns a cleanup that removes the listener"

# apollographql/vscode-graphql (MIT)
add $M/apollographql+vscode-graphql/repo 50d16a4a src/language-server/project/rover/project.ts --repo apollographql/vscode-graphql --license MIT \
  --class syntactic --kind other --receiver 'cp' --event null --line 112 --shape missing-in-teardown \
  --desc "a Rover project spawned a 'rover lsp' child process for its connection and never killed it, neither when the connection closed (the next request spawned another) nor when the project was replaced on configuration reload or dropped with its folder, so each reload left a language-server process running; the fix keeps the child, kills it on connection close and before respawning, and adds a dispose() the workspace calls for replaced or removed projects"

# batch tag (add-case.ts does not know batches)
for f in scan-corpus/fixes/cases/aws__aws-toolkit-vscode__06b390d/case.json \
  scan-corpus/fixes/cases/aws__aws-toolkit-vscode__1f1c294/case.json \
  scan-corpus/fixes/cases/aws__aws-toolkit-vscode__996a91a/case.json \
  scan-corpus/fixes/cases/smallcloudai__refact-vscode__95566ac/case.json \
  scan-corpus/fixes/cases/smallcloudai__refact-vscode__c811191/case.json \
  scan-corpus/fixes/cases/smallcloudai__refact-vscode__03c3976/case.json \
  scan-corpus/fixes/cases/twinnydotdev__twinny__e3b6d23/case.json \
  scan-corpus/fixes/cases/apollographql__vscode-graphql__50d16a4/case.json; do
  node -e 'const fs=require("fs");const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,"utf8"));j.batch="2026-12-07x";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")' "$f"
done
