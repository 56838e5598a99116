#!/usr/bin/env bash
# Batch 2026-12-07x, list (au): leak fixes from VS Code extensions that show webviews for previews
# and custom editors (markmap/markmap-vscode, vstirbu/vscode-mermaid-preview,
# auchenberg/vscode-browser-preview, SimonSiefke/vscode-svg-preview, estruyf/vscode-front-matter,
# asciidoctor/asciidoctor-vscode, samdidos/vscode-json-schema-preview, dalihub/vscode-dali-ui-preview,
# stef-levesque/vscode-hexdump), added by a helper who classified them from the diffs only (no
# scan was run). Each case.json gets "batch": "2026-12-07x" afterwards (the loop at the end).
# Skipped diffs and repositories: tools/skipped-h58a.md.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# markmap/markmap-vscode (MIT)
add $M/markmap+markmap-vscode/repo 65a5d42 src/extension.ts --repo markmap/markmap-vscode --license MIT \
  --class syntactic --kind listener --receiver 'workspace' --event onDidChangeTextDocument --line 297 --shape per-call-on-shared \
  --desc "resolveCustomTextEditor() subscribed to the webview's messages and to the workspace's text-document, configuration and the window's selection and colour-theme events for every opened markmap editor and dropped the returned disposables, so each closed editor left its handlers (and its document and panel) attached to the global events; the fix collects the disposables and disposes them when the panel is disposed"

# vstirbu/vscode-mermaid-preview (MIT, LICENSE.md; the repository is now mermaid-js/vscode-mermaid-preview)
add $M/vstirbu+vscode-mermaid-preview/repo 17175cd extension.js --repo vstirbu/vscode-mermaid-preview --license MIT \
  --class syntactic --kind listener --receiver 'vscode.workspace' --event onDidChangeTextDocument --line 103 --shape per-call-on-shared \
  --desc "each run of the preview command created a webview panel and subscribed to the workspace's document-change and configuration events and the window's selection event without keeping the disposables, so closing the panel left the handlers (which still rendered into the disposed panel) registered and every new preview added another set; the fix collects them and disposes them in the panel's onDidDispose"

# auchenberg/vscode-browser-preview (MIT)
add $M/auchenberg+vscode-browser-preview/repo f78127c ext-src/extension.ts --repo auchenberg/vscode-browser-preview --license MIT \
  --class types --kind other --receiver 'this.browser' --event null --line 44 --shape missing-in-teardown \
  --desc "every preview window created its own Browser (a puppeteer-launched Chrome) and page with a CDP session, and dispose() only closed the panel and its subscriptions, so closing a window left the browser process, page and session running, and the window itself stayed in a static openWindows array; the fix shares one browser through a window manager that disposes it when the last window closes, disposes the page on window dispose and removes the window from the set"

# SimonSiefke/vscode-svg-preview (MIT)
add $M/SimonSiefke+vscode-svg-preview/repo 1b5379a packages/extension/src/preview/preview.ts --repo SimonSiefke/vscode-svg-preview --license MIT \
  --class types --kind socket --receiver 'webSocketServer' --event null --line 307 --shape missing-in-teardown \
  --desc "the first preview panel lazily started a local WebSocket server held in a module variable, and nothing ever stopped it, so it kept listening after the extension was deactivated; the fix adds a dispose() to the preview that stops the server and clears the variable, called from deactivate()"

# estruyf/vscode-front-matter (MIT)
F=$M/estruyf+vscode-front-matter/repo
add $F a320ea00 src/helpers/SettingsHelper.ts --repo estruyf/vscode-front-matter --license MIT \
  --class syntactic --kind listener --receiver 'workspace' --event onDidSaveTextDocument --line 195 --shape per-call-on-shared \
  --desc "every call of Settings.onConfigChange() created a new file-system watcher for the project config and subscribed again to the workspace's save and delete events without disposing the ones from earlier calls, so the watchers and handlers piled up; the fix keeps them in static fields and disposes the previous watcher and subscriptions before creating new ones"
add $F 3001e9f3 src/commands/Dashboard.ts --repo estruyf/vscode-front-matter --license MIT \
  --class types --kind listener --receiver 'SettingsHelper' --event null --line 163 --shape per-call-on-shared \
  --desc "Dashboard.create() ran on every opening of the dashboard webview and called SettingsHelper.onConfigChange(), which pushed the callback onto a static listener list and subscribed again to the workspace's configuration event, with nothing undone when the panel was disposed, so each reopening added another callback and subscription; the fix registers the dashboard's callback under a fixed id that replaces the earlier one, and the config subscription is made once"

# asciidoctor/asciidoctor-vscode (MIT)
add $M/asciidoctor+asciidoctor-vscode/repo 6214e51 src/features/antora/antoraSupport.ts --repo asciidoctor/asciidoctor-vscode --license MIT \
  --class syntactic --kind disposable --receiver 'vscode.languages' --event null --line 13 --shape discarded-disposable \
  --desc "the Antora support manager registered its completion provider up front and only put the registration into its disposables when the user enabled Antora support, so when the user declined or never answered the registration was never disposed (and with support enabled it was pushed again on every opened document); the fix registers the provider only when support is activated and tracks it in the disposables"

# samdidos/vscode-json-schema-preview (MIT)
add $M/samdidos+vscode-json-schema-preview/repo 9196e30 src/SchemaEditorPanel.ts --repo samdidos/vscode-json-schema-preview --license MIT \
  --class not-a-leak --kind listener --receiver 'panel.webview' --event onDidReceiveMessage --line 58 --shape missing-in-teardown \
  --desc "the schema editor subscribed to its own panel's webview messages and the fix disposes that subscription in the panel's onDidDispose (and adds the panel to the extension's subscriptions); the emitter belongs to the panel and is released with it when the panel is disposed, so nothing outlived the panel: not a leak of the kind measured"

# dalihub/vscode-dali-ui-preview (Apache-2.0)
add $M/dalihub+vscode-dali-ui-preview/repo 15c02d9 src/previewServer.ts --repo dalihub/vscode-dali-ui-preview --license Apache-2.0 \
  --class runtime --kind timer --receiver 'this.restartTimer' --event null --line 529 --shape rearmed-after-stop \
  --desc "stop() cancelled the pending restart timer and then SIGTERMed the preview server, but the process's 'exit' handler that the kill fires afterwards armed a new restart timer, so every intentional stop respawned the server as a process nothing owned or could stop, and these piled up across rebuilds and restarts; the fix sets a stopping flag in stop() that makes the exit handler skip the restart"

# stef-levesque/vscode-hexdump (MIT, LICENSE file; package.json says "LICENSE")
add $M/stef-levesque+vscode-hexdump/repo c0c9ae9 src/util.ts --repo stef-levesque/vscode-hexdump --license MIT \
  --class syntactic --kind disposable --receiver 'vscode.workspace' --event null --line 188 --shape discarded-disposable \
  --desc "getEntry() created a file-system watcher (with change, create and delete handlers) for every file first shown as a hex dump and kept neither the watcher nor any way to drop the file's entry, so closing the hex view left the watcher running and the file's contents in the module-level map; the fix stores the watcher in the entry and, on the hex document's close, disposes it and deletes the entry"

# types cases: the modules their files import
npx tsx test/scan/eval/add-imports.ts "$M/auchenberg+vscode-browser-preview/repo" auchenberg__vscode-browser-preview__f78127c --depth 2 --max-lines 6000
npx tsx test/scan/eval/add-imports.ts "$M/SimonSiefke+vscode-svg-preview/repo" SimonSiefke__vscode-svg-preview__1b5379a --depth 2 --max-lines 6000
npx tsx test/scan/eval/add-imports.ts "$F" estruyf__vscode-front-matter__3001e9f --depth 2 --max-lines 6000

# batch tag (add-case.ts does not know batches)
for f in scan-corpus/fixes/cases/markmap__markmap-vscode__65a5d42/case.json \
  scan-corpus/fixes/cases/vstirbu__vscode-mermaid-preview__17175cd/case.json \
  scan-corpus/fixes/cases/auchenberg__vscode-browser-preview__f78127c/case.json \
  scan-corpus/fixes/cases/SimonSiefke__vscode-svg-preview__1b5379a/case.json \
  scan-corpus/fixes/cases/estruyf__vscode-front-matter__a320ea0/case.json \
  scan-corpus/fixes/cases/estruyf__vscode-front-matter__3001e9f/case.json \
  scan-corpus/fixes/cases/asciidoctor__asciidoctor-vscode__6214e51/case.json \
  scan-corpus/fixes/cases/samdidos__vscode-json-schema-preview__9196e30/case.json \
  scan-corpus/fixes/cases/dalihub__vscode-dali-ui-preview__15c02d9/case.json \
  scan-corpus/fixes/cases/stef-levesque__vscode-hexdump__c0c9ae9/case.json; do
  node -e 'const fs=require("fs");const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,"utf8"));j.batch="2026-12-07x";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")' "$f"
done
