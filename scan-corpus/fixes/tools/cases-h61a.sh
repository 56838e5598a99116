#!/usr/bin/env bash
# Batch 2026-12-08b, list (ay): leak fixes from jQuery plugins and widgets (sliders, carousels,
# lightboxes, modals, date pickers, tooltips, select boxes, grids and tables): Mottie/tablesorter,
# vitmalina/w2ui, free-jqgrid/jqGrid, malihu/malihu-custom-scrollbar-plugin, claviska/jquery-minicolors,
# kartik-v/bootstrap-fileinput and devbridge/jQuery-Autocomplete, added by a helper who classified them
# from the diffs only (no scan was run). jsor/jcarousel, sorich87/bootstrap-tour and kylefox/jquery-modal
# gave no case. Each case.json gets "batch": "2026-12-08b" afterwards (the loop at the end).
# Skipped diffs and repositories: tools/skipped-h61a.md.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# Mottie/tablesorter ("(MIT OR GPL-2.0+)" in package.json at the fixes; taken under its MIT option)
T=$M/Mottie+tablesorter/repo
add $T 9807a4f9 js/widgets/widget-stickyHeaders.js --repo Mottie/tablesorter --license MIT \
  --class syntactic --kind timer --receiver 'wo.resize_timer' --event null --line 52 --shape missing-in-teardown \
  --desc "the sticky-headers widget started the header-resize polling interval through addHeaderResizeEvent(table) when it was applied, but its remove() called addHeaderResizeEvent(table, false), which restarts the interval instead of stopping it, so removing the widget left a 250 ms interval polling the table's headers forever; the fix passes true (disable) so the interval is cleared"
add $T c85bf8bb js/jquery.tablesorter.js --repo Mottie/tablesorter --license MIT \
  --class syntactic --kind listener --receiver '$table' --event updateCache --line 881 --shape missing-in-teardown \
  --keep 1-27,775-911,1121-1150,1660-1670 \
  --desc "bindMethods() bound an 'updateCache.tablesorter' handler (closing over the table and its config) on the table, but destroy() unbound a list of namespaced events that omitted updateCache, so a destroyed table kept the handler and the whole sorter state it references; the fix adds updateCache to the events destroy() unbinds"
add $T d8fd020d js/widgets/widget-pager.js --repo Mottie/tablesorter --license MIT \
  --class syntactic --kind listener --receiver "p.\$container.find(ctrls.join(','))" --event click --line 330 --shape missing-in-teardown \
  --desc "the pager widget bound namespaced click handlers on the pager container's first/prev/next/last controls (and change handlers on the goto and size selects), but destroyPager() only hid the container and unbound the table's events, so the controls, which outlive the widget, kept handlers referencing the table and pager state; the fix unbinds the pager namespace from the controls on destroy"

# vitmalina/w2ui (MIT)
W=$M/vitmalina+w2ui/repo
add $W 5080fcfe src/w2layout.js --repo vitmalina/w2ui --license MIT \
  --class syntactic --kind listener --receiver "\$('#layout_'+ this.name +'_resizer_top')" --event mousedown --line 776 --shape per-call-on-shared \
  --desc "resize() bound a new 'mousedown' handler on each panel's resizer element every time the layout was resized, without removing the previous one, so the persistent resizer elements accumulated one handler per resize (and each mousedown started as many drags); the fix unbinds mousedown before binding it again"
add $W 402815e5 src/w2toolbar.js --repo vitmalina/w2ui --license MIT \
  --class runtime --kind listener --receiver 'w2menu.show(...)' --event select --line 477 --shape per-call-on-shared \
  --desc "each click on a menu/drop toolbar button showed an overlay under the reused name '<toolbar>-drop' and chained .hide()/.remove()/.select() handlers onto it; the overlay registry keeps the object by name and extends it, so the handlers of every previous opening (closing over old items) stayed in its listener list and fired again; the fix empties the reused overlay's listeners before showing it"

# free-jqgrid/jqGrid ("(MIT OR GPL-2.0)" in package.json at 14a79f26; file headers "Dual licensed under the MIT and GPL licenses"; taken under MIT)
J=$M/free-jqgrid+jqGrid/repo
add $J 14a79f26 js/grid.treegrid.js --repo free-jqgrid/jqGrid --license MIT \
  --class syntactic --kind listener --receiver '$self' --event jqGridBeforeSelectRow --line 58 --shape identity-mistake \
  --desc "setTreeNode() built a fresh beforeSelectRow closure on every call and unbound 'jqGridBeforeSelectRow.setTreeNode' with that new function before binding it, which never matched the handler bound by the previous call, so each call stacked another handler on the grid; the fix unbinds the namespaced event without a function"
add $J f92ff3c9 js/grid.inlinedit.js --repo free-jqgrid/jqGrid --license MIT \
  --class syntactic --kind listener --receiver '$(ind)' --event keydown --line 57 --shape missing-in-teardown \
  --desc "editRow() bound a keydown handler (Enter saves, Escape restores) on the edited row; saveRow() unbound it but restoreRow() did not, so every edit cancelled with restore left the handler on the row and the next edit of the row added another; the fix unbinds keydown in restoreRow()"

# malihu/malihu-custom-scrollbar-plugin (MIT); jquery.mCustomScrollbar.js (2352 lines) pruned to the
# opening wrappers, the _autoUpdate function, the last declarator (_childPos), the plugin set-up and
# the closing lines (ranges re-cut at merge so that each file parses)
add $M/malihu+malihu-custom-scrollbar-plugin/repo 8b1035d jquery.mCustomScrollbar.js --repo malihu/malihu-custom-scrollbar-plugin --license MIT \
  --class runtime --kind timer --receiver 'mCSB_container[0].autoUpdate' --event null --line 1873 --shape timer-outlives-owner \
  --keep 1-71,1845-1937,2277-2280,2287-2352 --keep-after 1-71,1845-1944,2284-2287,2294-2359 \
  --desc "with auto-update enabled the plugin polled the content every 60 ms with a self-rescheduling setTimeout stored on the container, which only the destroy/disable methods cleared, so a scrollbar whose element was removed from the page without destroy kept rescheduling forever and retained the removed DOM; the fix stops the loop and drops the element reference once it is no longer in the document"

# claviska/jquery-minicolors ("Dual licensed under the MIT or GPL Version 2 licenses" in the file header; taken under MIT)
add $M/claviska+jquery-minicolors/repo ed9f9d1 jquery.miniColors.js --repo claviska/jquery-minicolors --license MIT \
  --class syntactic --kind listener --receiver '$(document)' --event mouseup --line 220 --shape missing-in-teardown \
  --desc "showing the colour selector bound namespaced mousedown/touchstart, mouseup/touchend and mousemove/touchmove handlers on the document, but hide() unbound only the mousedown and mousemove pairs, so each opening left another mouseup/touchend handler (closing over the input) on the document; the fix unbinds the whole .miniColors namespace"

# kartik-v/bootstrap-fileinput (BSD-3-Clause); js/fileinput.js (3532 lines) pruned to the UMD header, the $h
# helpers up to handler(), the FileInput constructor, _init, _listenFullScreen/_listen, destroy and the
# closing lines (ranges re-cut at merge so that each file parses)
add $M/kartik-v+bootstrap-fileinput/repo 3a538d9 js/fileinput.js --repo kartik-v/bootstrap-fileinput --license BSD-3-Clause \
  --class syntactic --kind listener --receiver '$(window)' --event resize --line 1002 --shape missing-in-teardown \
  --keep 1-82,218-322,961-1010,3266-3274,3297-3297,3522-3533 --keep-after 1-82,218-323,962-1011,3267-3277,3300-3300,3525-3536 \
  --desc "_listen() bound a window 'resize' handler and a document fullscreen-change handler (both closing over the plugin instance) through \$h.handler with true as the namespace argument, and destroy() only unbound the form, element and container, so every destroyed file input left its handlers on window and document; the fix gives each instance its own event namespace, binds these handlers with it and unbinds it from window and document in destroy()"

# devbridge/jQuery-Autocomplete (MIT)
add $M/devbridge+jQuery-Autocomplete/repo d556a87 src/jquery.autocomplete.js --repo devbridge/jQuery-Autocomplete --license MIT \
  --class not-a-leak --kind listener --receiver '$(document)' --event click --line 355 --shape duplicate-registration \
  --desc "on blur the instance added its bound killerFn as a namespaced document click handler, removed (all copies at once) on the next click outside the suggestions and in dispose(); the commit replaces the document handler with a blur timeout to fix suggestions not hiding on keyboard blur, a behaviour change rather than a leak fix"

# batch tag (add-case.ts does not know batches)
for f in scan-corpus/fixes/cases/Mottie__tablesorter__9807a4f/case.json \
  scan-corpus/fixes/cases/Mottie__tablesorter__c85bf8b/case.json \
  scan-corpus/fixes/cases/Mottie__tablesorter__d8fd020/case.json \
  scan-corpus/fixes/cases/vitmalina__w2ui__5080fcf/case.json \
  scan-corpus/fixes/cases/vitmalina__w2ui__402815e/case.json \
  scan-corpus/fixes/cases/free-jqgrid__jqGrid__14a79f2/case.json \
  scan-corpus/fixes/cases/free-jqgrid__jqGrid__f92ff3c/case.json \
  scan-corpus/fixes/cases/malihu__malihu-custom-scrollbar-plugin__8b1035d/case.json \
  scan-corpus/fixes/cases/claviska__jquery-minicolors__ed9f9d1/case.json \
  scan-corpus/fixes/cases/kartik-v__bootstrap-fileinput__3a538d9/case.json \
  scan-corpus/fixes/cases/devbridge__jQuery-Autocomplete__d556a87/case.json; do
  node -e 'const fs=require("fs");const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,"utf8"));j.batch="2026-12-08b";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")' "$f"
done
