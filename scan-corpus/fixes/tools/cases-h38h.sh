#!/usr/bin/env bash
# Batch 2026-12-07d, list (h): leak fixes from editors and collaborative applications
# (yjs/y-prosemirror, yjs/y-codemirror.next, react-monaco-editor/react-monaco-editor,
# remirror/remirror, toeverything/blocksuite and TypeCellOS/BlockNote), added by a helper who
# classified them from the diffs only (no scan was run). uiwjs/react-codemirror gave no case;
# yjs/y-quill, yjs/y-codemirror and RocketChat/Rocket.Chat.Livechat were fetched but not read
# further once the batch had its cases. Each case.json gets "batch": "2026-12-07d" afterwards
# (the loop at the end).
# Skipped diffs and repositories: tools/skipped-h38h.md.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# yjs/y-prosemirror (MIT)
Y=$M/yjs+y-prosemirror/repo
add $Y 8359016 src/plugins/cursor-plugin.js --repo yjs/y-prosemirror --license MIT \
  --class syntactic --kind listener --receiver 'view.dom' --event focusin --line 133 --shape missing-in-teardown \
  --desc "the cursor plugin's view added focusin and focusout listeners on the editor's DOM element but its destroy() only unsubscribed from the awareness, so every destroyed plugin view left both listeners (and the awareness and view they close over) on an element that can outlive the view; the fix removes both listeners in destroy()"
add $Y 90ddee1 src/plugins/sync-plugin.js --repo yjs/y-prosemirror --license MIT \
  --class syntactic --kind listener --receiver 'this.doc' --event beforeAllTransactions --line 205 --shape 1 \
  --desc "ProsemirrorBinding subscribed anonymous beforeAllTransactions and afterAllTransactions handlers on the shared Y.Doc, which destroy() could not remove, so each binding destroyed while the document lived on stayed referenced by the document; the fix keeps the handlers on the binding and removes them from the document in destroy()"
add $Y 0657611 src/plugins/sync-plugin.js --repo yjs/y-prosemirror --license MIT \
  --class syntactic --kind timer --receiver 'setTimeout' --event null --line 133 --shape missing-in-teardown \
  --desc "the sync plugin's view() scheduled an untracked timeout that re-renders the binding and dispatches on the view, so a view destroyed before it fired still had the callback run against the destroyed binding and view; the fix keeps the timeout id, clears a previous one when a new view is created and clears it in destroy()"

# yjs/y-codemirror.next (MIT)
C=$M/yjs+y-codemirror.next/repo
add $C 01451bd src/y-remote-selections.js --repo yjs/y-codemirror.next --license MIT \
  --class syntactic --kind listener --receiver 'this.conf.awareness' --event change --line 122 --shape missing-in-teardown \
  --desc "the remote-selections view plugin registered an anonymous awareness 'change' listener in its constructor and had no destroy(), so every editor view torn down while the shared awareness lived on left a listener that keeps dispatching to the dead view; the fix stores the listener and awareness and removes the listener in a new destroy()"
add $C 01451bd src/y-sync.js 2 --repo yjs/y-codemirror.next --license MIT \
  --class syntactic --kind listener --receiver 'this.conf.ytext' --event null --line 107 --shape missing-in-teardown \
  --desc "the sync view plugin observed the shared Y.Text with an anonymous callback and its destroy() was an empty placeholder, so each destroyed editor view kept an observer on the text that applied remote changes to the dead view; the fix keeps the observer and the text and unobserves in destroy()"

# react-monaco-editor/react-monaco-editor (MIT)
add $M/react-monaco-editor+react-monaco-editor/repo 65b91c5 src/diff.js --repo react-monaco-editor/react-monaco-editor --license MIT \
  --class syntactic --kind disposable --receiver 'monaco.editor' --event null --line 86 --shape missing-in-teardown \
  --desc "the diff editor component created an original and a modified text model with monaco.editor.createModel on mount but on unmount only disposed the diff editor, which does not own them, so every mounted and unmounted diff editor left two models registered in Monaco's global model service; the fix disposes the editor's model on unmount (the follow-up 91279a3 corrects it to dispose the original and modified models separately)"

# remirror/remirror (MIT)
R=$M/remirror+remirror/repo
add $R 3b5ac4b11 packages/remirror__extension-yjs/src/yjs-extension.ts --repo remirror/remirror --license MIT \
  --class syntactic --kind listener --receiver 'this.provider.doc' --event update --line 159 --shape missing-in-teardown \
  --desc "the Yjs extension's onView() subscribed an anonymous 'update' handler on the provider's Y.Doc and returned nothing, so every view created on a long-lived document added another handler that kept the old editor's store alive and redrew its annotations; the fix names the handler and returns a dispose function that removes it"
add $R 708b0c6e0 packages/prosemirror-resizable-view/src/prosemirror-resizable-view.ts --repo remirror/remirror --license MIT \
  --class syntactic --kind listener --receiver 'document' --event mousemove --line 262 --shape missing-in-teardown \
  --desc "a resize drag added mousemove and mouseup listeners on the document that only the mouseup handler removed, and destroy() ran only the removals on the list, which did not include them, so a node view destroyed during a drag (for example when the document changed) kept its document listeners and the view; the fix also pushes their removal onto the destroy list"

# toeverything/blocksuite (MPL-2.0)
B=$M/toeverything+blocksuite/repo
add $B 0a89339234 packages/blocks/src/image-block/image-block.ts --repo toeverything/blocksuite --license MPL-2.0 \
  --class syntactic --kind listener --receiver 'this.model.propsUpdated' --event null --line 64 --shape discarded-disposable \
  --desc "the image block component subscribed to its model's propsUpdated slot in connectedCallback and dropped the returned disposable, so each time the component was connected (and after it was disconnected) the model kept another callback holding the component; the fix adds the subscription to the component's disposables, which are disposed on disconnect"
add $B 5b85deac09 packages/blocks/src/root-block/edgeless/components/toolbar/present/frame-order-button.ts --repo toeverything/blocksuite --license MPL-2.0 \
  --class types --kind disposable --receiver 'this._edgelessFrameOrderPopper' --event null --line 28 --shape missing-in-teardown \
  --desc "the frame-order button created a button popper (which registers a click-away listener on the document and an auto-update while shown) in firstUpdated and never disposed it, so removed toolbar buttons stayed reachable from the document; the fix disposes the popper in disconnectedCallback"
add $B 5d6bac6bb9 packages/blocks/src/root-block/edgeless/components/toolbar/eraser/eraser-tool-button.ts --repo toeverything/blocksuite --license MPL-2.0 \
  --class types --kind listener --receiver 'this.edgeless' --event null --line 44 --shape per-call-on-shared \
  --desc "the eraser tool button bound a global Escape hotkey through the edgeless root block, whose own disposables held the binding, so every button instance created and removed while the root lived added a hotkey handler that outlived it; the fix has bindHotKey return its disposer and adds it to the button's own disposables"

# TypeCellOS/BlockNote (MPL-2.0; packages/core and packages/react)
N=$M/TypeCellOS+BlockNote/repo
add $N 5a0173e58 packages/core/src/extensions/SideMenu/SideMenuPlugin.ts --repo TypeCellOS/BlockNote --license MPL-2.0 \
  --class syntactic --kind listener --receiver 'document.body' --event mousemove --line 290 --shape identity-mistake \
  --desc "the side menu view added its body mousemove listener in the capture phase but destroy() removed it without the capture flag, which matches no registration, so every destroyed editor left the listener (and its view) on document.body; the fix passes the capture flag to the removal"
add $N 4793434d2 packages/core/src/yjs/extensions/YCursorPlugin.ts --repo TypeCellOS/BlockNote --license MPL-2.0 \
  --class syntactic --kind listener --receiver 'awareness' --event change --line 87 --shape missing-in-teardown \
  --desc "the collaboration cursor extension registered an anonymous 'change' listener on the provider's awareness when the extension was created and never removed it, so editors created and discarded against a long-lived provider piled up listeners that kept their cursor maps and timers alive; the fix registers a named handler in the extension's mount() and returns a cleanup that removes it"
add $N eb48e3eb9 packages/react/src/components/LinkToolbar/LinkToolbarController.tsx --repo TypeCellOS/BlockNote --license MPL-2.0 \
  --class runtime --kind listener --receiver 'editor.domElement' --event mouseover --line 101 --shape identity-mistake \
  --desc "the link toolbar effect added a mouseover listener on editor.domElement and its cleanup removed it from editor.domElement read again at cleanup time, so when the editor was remounted onto a new element the removal targeted the new element and the old one kept the listener; the fix captures the element in the effect and removes the listener from that one"

# types cases: the modules their files import
npx tsx test/scan/eval/add-imports.ts "$B" toeverything__blocksuite__5b85dea --depth 2 --max-lines 6000
npx tsx test/scan/eval/add-imports.ts "$B" toeverything__blocksuite__5d6bac6 --depth 2 --max-lines 6000

# batch tag (add-case.ts does not know batches)
for f in scan-corpus/fixes/cases/yjs__y-prosemirror__8359016/case.json \
  scan-corpus/fixes/cases/yjs__y-prosemirror__90ddee1/case.json \
  scan-corpus/fixes/cases/yjs__y-prosemirror__0657611/case.json \
  scan-corpus/fixes/cases/yjs__y-codemirror.next__01451bd/case.json \
  scan-corpus/fixes/cases/yjs__y-codemirror.next__01451bd__2/case.json \
  scan-corpus/fixes/cases/react-monaco-editor__react-monaco-editor__65b91c5/case.json \
  scan-corpus/fixes/cases/remirror__remirror__3b5ac4b/case.json \
  scan-corpus/fixes/cases/remirror__remirror__708b0c6/case.json \
  scan-corpus/fixes/cases/toeverything__blocksuite__0a89339/case.json \
  scan-corpus/fixes/cases/toeverything__blocksuite__5b85dea/case.json \
  scan-corpus/fixes/cases/toeverything__blocksuite__5d6bac6/case.json \
  scan-corpus/fixes/cases/TypeCellOS__BlockNote__5a0173e/case.json \
  scan-corpus/fixes/cases/TypeCellOS__BlockNote__4793434/case.json \
  scan-corpus/fixes/cases/TypeCellOS__BlockNote__eb48e3e/case.json; do
  node -e 'const fs=require("fs");const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,"utf8"));j.batch="2026-12-07d";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")' "$f"
done
