#!/usr/bin/env bash
# Batch 2026-12-07p, list (ae): leak fixes from jQuery plugins and plain-DOM browser libraries
# (charts and graph editors, widgets, grids, upload widgets: antvis/G2, antvis/G6, maxGraph/maxGraph,
# jshjohnson/Choices, pqina/filepond, mleibman/SlickGrid), added by a helper who classified them from
# the diffs only (no scan was run). Each case.json gets "batch": "2026-12-07p" afterwards (the loop at
# the end). Skipped diffs and repositories: tools/skipped-h50a.md.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# antvis/G2 (MIT)
G2=$M/antvis+G2/repo
add $G2 4cd8512fd src/interaction/tooltip.ts --repo antvis/G2 --license MIT \
  --class syntactic --kind listener --receiver 'emitter' --event 'tooltip:enable' --line 1280 --shape missing-in-teardown \
  --desc "the tooltip interaction subscribed four handlers (show, hide, enable, disable) to the chart's emitter, but the cleanup function it returns unsubscribed only show and hide, so every re-render or interaction teardown left the enable/disable handlers (and the interaction's closure over root and tooltip) on the emitter; the fix also calls emitter.off for both"
add $G2 adc3db35c src/interaction/tooltip.ts --repo antvis/G2 --license MIT \
  --class syntactic --kind listener --receiver 'root' --event pointerleave --line 1081 --shape identity-mistake \
  --desc "seriesTooltip() added its 'pointerleave' listener to the plot root as an inline arrow function and removeEventListeners() passed a second, freshly written arrow, which never matches, so each disable or teardown left the old pointerleave handler on the root; the fix stores the handler in a const and uses it for both calls"

# antvis/G6 (MIT)
G6=$M/antvis+G6/repo
add $G6 f5311dd43 packages/g6/src/behaviors/drag-canvas.ts --repo antvis/G6 --license MIT \
  --class syntactic --kind listener --receiver 'this.context.graph' --event 'CanvasEvent.DRAG_START' --line 111 --shape wrong-receiver \
  --desc "the drag-canvas behaviour subscribed its drag-start, drag and drag-end handlers on the graph, but unbindEvents() removed them from the canvas layer returned by the canvas getter, so destroying or re-configuring the behaviour left the three handlers on the graph; the fix removes them with graph.off"
add $G6 bcd080432 packages/g6/src/runtime/behavior.ts --repo antvis/G6 --license MIT \
  --class syntactic --kind listener --receiver 'container' --event null --line 30 --shape missing-in-teardown \
  --desc "the behaviour controller added keydown and keyup listeners to the graph's DOM container with forwardContainerEvents.bind(this), a new function it kept nowhere, and had no destroy of its own, so destroying the graph left both listeners (and the controller and graph) attached to the user's container; the fix makes the handler an arrow property and removes the listeners (and the canvas document's listeners) in destroy()"
add $G6 80d532083 src/plugins/menu/index.ts --repo antvis/G6 --license MIT \
  --class syntactic --kind listener --receiver 'menuDom' --event click --line 125 --shape field-overwritten \
  --desc "each time the context menu was shown, onMenuShow() added a new click wrapper (closing over the clicked item) to the menu element and overwrote the stored reference, and the document.body click handler likewise, so showing the menu again before it was hidden left the previous handlers attached, never removable; the fix removes the stored wrapper and body handler before adding new ones"

# maxGraph/maxGraph (Apache-2.0)
MG=$M/maxGraph+maxGraph/repo
add $MG 24357a7eb packages/core/src/view/plugin/RubberBandHandler.ts --repo maxGraph/maxGraph --license Apache-2.0 \
  --class syntactic --kind listener --receiver 'this.graph' --event 'InternalEvent.GESTURE' --line 98 --shape missing-in-teardown \
  --desc "the rubber-band handler's constructor subscribed three handlers to the graph (fire-mouse-event, pan and gesture) but onDestroy() removed only the first two, so the gesture handler kept the destroyed plugin attached to the graph; the fix also removes gestureHandler"
add $MG 24357a7eb packages/core/src/view/plugin/SelectionCellsHandler.ts 2 --repo maxGraph/maxGraph --license Apache-2.0 \
  --class syntactic --kind listener --receiver 'this.graph.getSelectionModel()' --event 'InternalEvent.CHANGE' --line 66 --shape wrong-receiver \
  --desc "the constructor added refreshHandler to the graph's selection model for change events, but onDestroy() called removeListener on the graph itself, a different event source, so the selection model kept the destroyed handler (and its cell handlers) subscribed; the fix removes it from the selection model"
add $MG 24357a7eb packages/core/src/view/plugin/PanningHandler.ts 3 --repo maxGraph/maxGraph --license Apache-2.0 \
  --class types --kind disposable --receiver 'this.panningManager' --event null --line 127 --shape missing-in-teardown \
  --desc "the panning handler created a PanningManager, which adds a mouse listener to the graph and a 'mouseup' listener to the document (and may run an interval timer), but onDestroy() never destroyed it, so those listeners outlived the plugin; the fix calls panningManager.destroy() in onDestroy()"

# jshjohnson/Choices (MIT); src/scripts/choices.js is 2287 lines: pruned to the imports, the class's
# opening through disable(), _addEventListeners/_removeEventListeners and the closing lines
add $M/jshjohnson+Choices/repo d5dd9cd src/scripts/choices.js --repo jshjohnson/Choices --license MIT \
  --class syntactic --kind listener --receiver 'this.input.element' --event keyup --line 1258 --shape wrong-receiver \
  --keep 1-322,1224-1312,2285-2287 --keep-after 1-322,1224-1312,2285-2287 \
  --desc "_addEventListeners() added the 'keyup' handler to the input element, but _removeEventListeners() removed it from document.documentElement, so every disable()/enable() cycle stacked another keyup listener on the input and destroy() left it attached to the user's element; the fix removes it from the input element"

# pqina/filepond (MIT)
add $M/pqina+filepond/repo c7278b0 src/js/app/index.js --repo pqina/filepond --license MIT \
  --class syntactic --kind listener --receiver 'document' --event visibilitychange --line 55 --shape add-instead-of-remove \
  --desc "createApp() added a 'visibilitychange' listener to the document, and the app's destroy() was meant to remove it but called document.addEventListener again, so every destroyed FilePond instance stayed reachable from the document through its store; the fix calls removeEventListener"

# mleibman/SlickGrid (MIT); slick.grid.js is 2500-3200 lines: pruned to the header, the grid's variables and
# init(), the functions involved, and the closing lines
SG=$M/mleibman+SlickGrid/repo
add $SG 032e841 slick.grid.js --repo mleibman/SlickGrid --license MIT \
  --class syntactic --kind listener --receiver '$container' --event resize --line 404 --shape identity-mistake \
  --keep 1-413,943-959,1314-1347,2486-2496 --keep-after 1-413,943-959,1314-1347,2486-2496 \
  --desc "init() bound resizeAndRender to the container's 'resize' event but destroy() unbound resizeCanvas, a different function, so the handler (and the whole grid) stayed on the user's container after destroy; the fix binds the grid's events in a 'slickgrid' namespace and unbinds the namespace on destroy"
add $SG 895a91e slick.grid.js --repo mleibman/SlickGrid --license MIT \
  --class runtime --kind listener --receiver '$(elem)' --event scroll --line 437 --shape missing-in-teardown \
  --keep 1-312,431-444,929-949,3186-3188 --keep-after 1-313,432-455,940-960,3197-3199 \
  --desc "bindAncestorScrollEvents() bound a scroll handler on every scrollable ancestor of the canvas, and unbindAncestorScrollEvents() unbound it through \$canvas.parents(), which finds nothing once the grid was detached from the page before destroy, so the ancestors kept the handler and the grid; the fix remembers the bound ancestors and unbinds exactly those (with a per-grid namespace)"

# types cases: the modules their files import
npx tsx test/scan/eval/add-imports.ts "$MG" maxGraph__maxGraph__24357a7__3 --depth 2 --max-lines 6000

# batch tag (add-case.ts does not know batches)
for f in scan-corpus/fixes/cases/antvis__G2__4cd8512/case.json \
  scan-corpus/fixes/cases/antvis__G2__adc3db3/case.json \
  scan-corpus/fixes/cases/antvis__G6__f5311dd/case.json \
  scan-corpus/fixes/cases/antvis__G6__bcd0804/case.json \
  scan-corpus/fixes/cases/antvis__G6__80d5320/case.json \
  scan-corpus/fixes/cases/maxGraph__maxGraph__24357a7/case.json \
  scan-corpus/fixes/cases/maxGraph__maxGraph__24357a7__2/case.json \
  scan-corpus/fixes/cases/maxGraph__maxGraph__24357a7__3/case.json \
  scan-corpus/fixes/cases/jshjohnson__Choices__d5dd9cd/case.json \
  scan-corpus/fixes/cases/pqina__filepond__c7278b0/case.json \
  scan-corpus/fixes/cases/mleibman__SlickGrid__032e841/case.json \
  scan-corpus/fixes/cases/mleibman__SlickGrid__895a91e/case.json; do
  node -e 'const fs=require("fs");const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,"utf8"));j.batch="2026-12-07p";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")' "$f"
done
