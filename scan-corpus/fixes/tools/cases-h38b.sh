#!/usr/bin/env bash
# Batch 2026-12-07, list (b): leak fixes from front-end repositories (a data grid, a WYSIWYG
# editor, two chart libraries and a map drawing control): olifolkerd/tabulator, xdan/jodit,
# naver/billboard.js, tradingview/lightweight-charts and mapbox/mapbox-gl-draw, added by a helper
# who chose the repositories by the written rule (held-out by sha1, not in the corpus or its
# READMEs) and classified the cases from the diffs only (no scan was run). Each case.json gets
# "batch": "2026-12-07" afterwards (the loop at the end).
# Skipped diffs and repositories: tools/skipped-h38b.md.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# olifolkerd/tabulator (MIT)
T=$M/olifolkerd+tabulator/repo
add $T 7d7d259 src/js/modules/Print/Print.js --repo olifolkerd/tabulator --license MIT \
  --class syntactic --kind listener --receiver 'window' --event beforeprint --line 25 --shape missing-in-teardown \
  --desc "with printAsHtml the Print module added window 'beforeprint' and 'afterprint' handlers made with an inline bind, kept no reference to them and had no teardown, so every destroyed table stayed reachable from window; the fix stores the bound handlers and removes both on the table-destroy event"
add $T 3785f2d src/js/core/tools/InteractionMonitor.js --repo olifolkerd/tabulator --license MIT \
  --class syntactic --kind listener --receiver 'this.el' --event null --line 99 --shape missing-in-teardown \
  --desc "the interaction monitor attaches one delegated handler per DOM event type to the table's host element as subscriptions appear and detaches it only when the last subscriber goes, so destroying the table left those handlers (and the whole table) on the host element, which outlives the table; the fix removes every attached handler on table-destroy"
add $T 02edb29 src/js/modules/Spreadsheet/Spreadsheet.js --repo olifolkerd/tabulator --license MIT \
  --class syntactic --kind listener --receiver 'document' --event mouseup --line 115 --shape identity-mistake \
  --desc "the spreadsheet module (in its pull request, before merging) added a document 'mouseup' handler and on table-destroy called removeEventListener with the handler in place of the event name (and disconnected an observer through a field that was never set), so the document listener was never removed; the fix passes the event name and disconnects the local ResizeObserver"

# xdan/jodit (MIT)
add $M/xdan+jodit/repo b850233 src/plugins/speech-recognize/helpers/sound.ts --repo xdan/jodit --license MIT \
  --class syntactic --kind disposable --receiver 'context' --event null --line 38 --shape discarded-disposable \
  --desc "the speech-recognition beep built a fresh AudioContext on every call and never closed it, so continuous recognition piled up open audio contexts until the browser's limit; the fix keeps one context per recognition manager in a WeakMap, reuses it and closes it when the manager is destructed"

# naver/billboard.js (MIT)
add $M/naver+billboard.js/repo fc812fb src/module/worker.ts --repo naver/billboard.js --license MIT \
  --class syntactic --kind disposable --receiver 'worker' --event null --line 45 --shape per-call-resource \
  --desc "with boost.useWorker every runWorker call spawned a new Web Worker from a new object URL and never terminated it, so each data conversion left a live worker thread behind; the fix caches one worker and URL per function and adds a clean-up that terminates the workers and revokes the URLs"

# tradingview/lightweight-charts (Apache-2.0)
L=$M/tradingview+lightweight-charts/repo
add $L e1fe3ce src/helpers/delegate.ts --repo tradingview/lightweight-charts --license Apache-2.0 \
  --class runtime --kind listener --receiver 'this._listeners' --event null --line 30 --shape wrong-removal-condition \
  --desc "the event delegate's unsubscribeAll(owner) kept only the given owner's listeners and dropped everyone else's, so an owner unsubscribing on destroy stayed subscribed (and retained) while unrelated listeners vanished; the fix inverts the filter so the owner's listeners are the ones removed"
add $L 1dcd712 src/model/series.ts --repo tradingview/lightweight-charts --license Apache-2.0 \
  --class syntactic --kind timer --receiver 'setTimeout' --event null --line 367 --shape timer-outlives-owner \
  --desc "while a last-price animation was active each pane-view request scheduled an untracked zero-delay setTimeout that updates the chart model's cursor, so timers piled up per render and could fire after the series was destroyed; the fix keeps the timer id, schedules at most one and clears it in destroy()"

# mapbox/mapbox-gl-draw (ISC)
D=$M/mapbox+mapbox-gl-draw/repo
add $D c230ca1 src/events.js --repo mapbox/mapbox-gl-draw --license ISC \
  --class syntactic --kind listener --receiver 'ctx.map' --event data --line 166 --shape on-instead-of-off \
  --desc "removeEventListeners called map.on('data', ...) where it meant off, so removing the draw control left the map 'data' handler attached and even added a second one, keeping the control's context alive on the map; the fix calls map.off"
add $D 3ce702d src/setup.js --repo mapbox/mapbox-gl-draw --license ISC \
  --class syntactic --kind timer --receiver 'intervalId' --event null --line 57 --shape aborted-connect \
  --desc "onAdd on a map not yet loaded registered a map 'load' handler and a 16 ms polling setInterval that were cancelled only when the connection happened, so a control removed before the map loaded left the interval polling forever and connecting a removed control; the fix keeps the interval id and the connect handler at module level and cancels both in onRemove"

# batch tag (add-case.ts does not know batches)
for f in scan-corpus/fixes/cases/olifolkerd__tabulator__7d7d259/case.json \
  scan-corpus/fixes/cases/olifolkerd__tabulator__3785f2d/case.json \
  scan-corpus/fixes/cases/olifolkerd__tabulator__02edb29/case.json \
  scan-corpus/fixes/cases/xdan__jodit__b850233/case.json \
  scan-corpus/fixes/cases/naver__billboard.js__fc812fb/case.json \
  scan-corpus/fixes/cases/tradingview__lightweight-charts__e1fe3ce/case.json \
  scan-corpus/fixes/cases/tradingview__lightweight-charts__1dcd712/case.json \
  scan-corpus/fixes/cases/mapbox__mapbox-gl-draw__c230ca1/case.json \
  scan-corpus/fixes/cases/mapbox__mapbox-gl-draw__3ce702d/case.json; do
  node -e 'const fs=require("fs");const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,"utf8"));j.batch="2026-12-07";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")' "$f"
done
