#!/usr/bin/env bash
# Batch 2026-12-07j, list (t): leak fixes from web terminals and terminal front ends
# (zhaojh329/rttys, s-hiraoku/vscode-sidebar-terminal), added by a helper who classified them from
# the diffs only (no scan was run). The other repositories tried gave no case (licence, domain or
# no leak fix in their histories). Each case.json gets "batch": "2026-12-07j" afterwards (the loop
# at the end).
# Skipped diffs and repositories: tools/skipped-h44t.md.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# zhaojh329/rttys (MIT; the web UI of the rtty remote terminal)
add $M/zhaojh329+rttys/repo cec373b ui/src/components/ContextMenu.vue --repo zhaojh329/rttys --license MIT \
  --class syntactic --kind listener --receiver 'document' --event mousedown --line 40 --shape missing-in-teardown \
  --desc "the terminal context menu adds a document 'mousedown' listener when it is shown and removes it only when it becomes hidden, so a menu unmounted while open left the listener (and the dead component, whose handler then read a missing ref) attached to the document; the fix removes the listener in beforeUnmount"

# s-hiraoku/vscode-sidebar-terminal (MIT; xterm.js terminals in a VS Code webview)
S=$M/s-hiraoku+vscode-sidebar-terminal/repo
add $S 56c3190a src/webview/managers/InputManager.ts --repo s-hiraoku/vscode-sidebar-terminal --license MIT \
  --class types --kind listener --receiver 'this.eventRegistry' --event click --line 767 --shape missing-in-teardown \
  --desc "for every terminal the input manager registered capture-phase click and pointerdown handlers on the terminal container in its long-lived event registry (and subscribed to the xterm terminal's key events) without ever releasing them, so each closed terminal's container, terminal and closures stayed in the registry; the fix keeps per-terminal disposables and adds removeTerminalHandlers(), called when a terminal is removed, which disposes them and unregisters both registry entries"
add $S 56c3190a src/webview/managers/TerminalEventManager.ts 2 --repo s-hiraoku/vscode-sidebar-terminal --license MIT \
  --class types --kind listener --receiver 'this.eventRegistry' --event click --line 182 --shape missing-in-teardown \
  --desc "the terminal event manager registered per-terminal click, focus, blur, wheel, keydown and mouse handlers in the shared event registry under terminal-specific keys, but its removeTerminalEvents() was a no-op placeholder, so handlers and elements of removed terminals stayed registered; the fix unregisters every entry whose key starts with the terminal's prefix"

# types cases: the modules their files import
npx tsx test/scan/eval/add-imports.ts "$S" s-hiraoku__vscode-sidebar-terminal__56c3190 --depth 2 --max-lines 6000
npx tsx test/scan/eval/add-imports.ts "$S" s-hiraoku__vscode-sidebar-terminal__56c3190__2 --depth 2 --max-lines 6000

# batch tag (add-case.ts does not know batches)
for f in scan-corpus/fixes/cases/zhaojh329__rttys__cec373b/case.json \
  scan-corpus/fixes/cases/s-hiraoku__vscode-sidebar-terminal__56c3190/case.json \
  scan-corpus/fixes/cases/s-hiraoku__vscode-sidebar-terminal__56c3190__2/case.json; do
  node -e 'const fs=require("fs");const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,"utf8"));j.batch="2026-12-07j";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")' "$f"
done
