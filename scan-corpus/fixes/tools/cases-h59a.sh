#!/usr/bin/env bash
# Batch 2026-12-07y, helper h59a: leak fixes from browser UI component libraries and widgets
# (materializecss/materialize, json-editor/json-editor, dream-num/univer, myliang/x-spreadsheet,
# jspreadsheet/ce, sparksuite/simplemde-markdown-editor), added by a helper who classified them
# from the diffs only (no scan was run). bustle/mobiledoc-kit, fancyapps/ui, IonDen/ion.rangeSlider,
# mdbassit/Coloris and josdejong/svelte-jsoneditor gave no case. Each case.json gets
# "batch": "2026-12-07y" afterwards (the loop at the end).
# Skipped diffs and repositories: tools/skipped-h59a.md.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# materializecss/materialize (MIT)
MZ=$M/materializecss+materialize/repo
add $MZ 1edfae44 src/scrollspy.ts --repo materializecss/materialize --license MIT \
  --class runtime --kind listener --receiver 'window' --event scroll --line 104 --shape identity-mistake \
  --desc "the first ScrollSpy instance attached window scroll/resize and body click listeners bound to its own per-instance arrow-function fields, while removal ran only in whichever instance was destroyed last and passed that instance's own fields, so the first instance's handlers (and through them the instance) stayed attached to window and body after all scrollspies were destroyed; the fix makes the handlers static so add and remove name the same functions"
add $MZ 6593260e src/tapTarget.ts --repo materializecss/materialize --license MIT \
  --class syntactic --kind listener --receiver 'this.originEl' --event keypress --line 96 --shape identity-mistake \
  --desc "the tap target added its keypress listener as _handleKeyboardInteraction in the capture phase, but _removeEventHandlers() removed _handleTargetToggle without the capture flag, which matched nothing, so the listener stayed on the origin element after destroy(); the fix removes the same handler with capture true"
add $MZ 0ed15845 src/materialbox.ts --repo materializecss/materialize --license MIT \
  --class syntactic --kind listener --receiver 'this.el' --event keypress --line 133 --shape missing-in-teardown \
  --desc "the materialbox added a keypress listener to its element next to the click listener, but _removeEventHandlers() removed only the click one, so destroy() left the keypress handler (and the instance) attached to the element; the fix removes it too"

# json-editor/json-editor (MIT)
JE=$M/json-editor+json-editor/repo
add $JE 29bb42ea src/editors/object.js --repo json-editor/json-editor --license MIT \
  --class syntactic --kind listener --receiver 'document' --event click --line 647 --shape missing-in-teardown \
  --desc "each object editor built with the add-property modal added an anonymous bound click listener to document that destroy() could not remove, so every destroyed object editor stayed referenced from document; the fix registers a named method and removes it from document in destroy()"
add $JE ad9dcbbb src/editors/array.js --repo json-editor/json-editor --license MIT \
  --class runtime --kind disposable --receiver 'this.row_cache' --event null --line 370 --shape missing-in-teardown \
  --desc "shrinking an array only hid and unregistered the surplus row editors and kept them in row_cache, and a hard empty() (used by destroy) destroyed only the rows currently shown, so the cached row editors beyond the current length were never destroyed; the fix also destroys the cached rows past the current row count"

# dream-num/univer (Apache-2.0)
U=$M/dream-num+univer/repo
add $U 9a8cda5506 packages/docs-ui/src/controllers/render-controllers/doc-editor-bridge.controller.ts --repo dream-num/univer --license Apache-2.0 \
  --class syntactic --kind listener --receiver 'canvasEle' --event mousedown --line 168 --shape discarded-disposable \
  --desc "the doc editor bridge subscribed to mousedown on every sheet's canvas element with fromEvent and dropped the subscriptions, so the DOM listeners stayed on the canvases after the controller was disposed; the fix keeps the subscription for the current sheet in a collection that is disposed on unit change and with the controller"
add $U 9cbc3fed8b packages/drawing-ui/src/controllers/image-cropper.controller.ts --repo dream-num/univer --license Apache-2.0 \
  --class runtime --kind listener --receiver 'workbook!.activeSheet$' --event null --line 341 --shape retained-inner-subscription \
  --desc "the image cropper controller filtered out null workbooks before switchMap-ing to the workbook's activeSheet\$, so when the current sheet unit went away the inner subscription to the disposed workbook's observable stayed alive (holding the workbook) until another workbook appeared; the fix maps a null workbook to of(null) so switchMap drops the old inner subscription"

# myliang/x-spreadsheet (MIT)
X=$M/myliang+x-spreadsheet/repo
add $X a23c7ed src/component/sheet.js --repo myliang/x-spreadsheet --license MIT \
  --class syntactic --kind listener --receiver 'window' --event resize --line 886 --shape missing-in-teardown \
  --desc "the sheet bound anonymous resize, click, paste, copy, cut and keydown handlers to window when it was built and nothing could unbind them, so a spreadsheet that was torn down stayed referenced from window and kept reacting to its events; the fix keeps the handlers and unbinds them in a new cleanupEvents() called from the spreadsheet's cleanup"
add $X a23c7ed src/component/toolbar/index.js 2 --repo myliang/x-spreadsheet --license MIT \
  --class syntactic --kind listener --receiver 'window' --event resize --line 204 --shape missing-in-teardown \
  --desc "the toolbar bound an anonymous window resize handler in its constructor that was never unbound, so a torn-down spreadsheet's toolbar stayed attached to window; the fix stores the handler on the toolbar so the sheet's cleanupEvents() can unbind it"

# jspreadsheet/ce (MIT, LICENSE file referenced by package.json); dist/jexcel.js was the maintained
# source then (12900 lines with bundled helpers): pruned to the licence header, the opening of the
# jexcel factory, the scroll handler through jexcel.destroy
add $M/jspreadsheet+ce/repo bd71c13 dist/jexcel.js --repo jspreadsheet/ce --license MIT \
  --class syntactic --kind listener --receiver 'el' --event DOMMouseScroll --line 6133 --shape missing-in-teardown \
  --keep 1-25,6100-6167 --keep-after 1-25,6100-6169 \
  --desc "each jexcel instance added DOMMouseScroll and mousewheel listeners to its host element, but jexcel.destroy() only cleared the element's content and its jexcel property, so the host element kept the destroyed instance's scroll handler (and the whole instance) alive; the fix removes both listeners in destroy()"

# sparksuite/simplemde-markdown-editor (MIT)
add $M/sparksuite+simplemde-markdown-editor/repo 4fe8ad6 src/js/simplemde.js --repo sparksuite/simplemde-markdown-editor --license MIT \
  --class syntactic --kind listener --receiver 'cm' --event update --line 373 --shape per-call-on-shared \
  --desc "toggleSideBySide() added a new anonymous CodeMirror 'update' listener each time side-by-side preview was toggled, on and off alike, and never removed one, so every toggle stacked another preview renderer on the editor; the fix keeps one render function on the editor and adds it when the preview is turned on and removes it when turned off"

# batch tag (add-case.ts does not know batches)
for f in scan-corpus/fixes/cases/materializecss__materialize__1edfae4/case.json \
  scan-corpus/fixes/cases/materializecss__materialize__6593260/case.json \
  scan-corpus/fixes/cases/materializecss__materialize__0ed1584/case.json \
  scan-corpus/fixes/cases/json-editor__json-editor__29bb42e/case.json \
  scan-corpus/fixes/cases/json-editor__json-editor__ad9dcbb/case.json \
  scan-corpus/fixes/cases/dream-num__univer__9a8cda5/case.json \
  scan-corpus/fixes/cases/dream-num__univer__9cbc3fe/case.json \
  scan-corpus/fixes/cases/myliang__x-spreadsheet__a23c7ed/case.json \
  scan-corpus/fixes/cases/myliang__x-spreadsheet__a23c7ed__2/case.json \
  scan-corpus/fixes/cases/jspreadsheet__ce__bd71c13/case.json \
  scan-corpus/fixes/cases/sparksuite__simplemde-markdown-editor__4fe8ad6/case.json; do
  node -e 'const fs=require("fs");const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,"utf8"));j.batch="2026-12-07y";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")' "$f"
done
