#!/usr/bin/env bash
# Batch 2026-12-08b, list (az): leak fixes from applications and frameworks built on jQuery
# (Backbone apps, editors, dashboards: adobe/brackets, CartoDB/cartodb.js, CartoDB/deep-insights.js,
# wekan/wekan), added by a helper who classified them from the diffs only (no scan was run).
# jsbin/jsbin, mozilla/butter, mozilla/thimble.mozilla.org, tbranyen/backbone.layoutmanager and
# kimai/kimai gave no case. Each case.json gets "batch": "2026-12-08b" afterwards (the loop at the end).
# Skipped diffs and repositories: tools/skipped-h61b.md.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# adobe/brackets (MIT)
B=$M/adobe+brackets/repo
add $B e1e825270 src/editor/ImageViewer.js --repo adobe/brackets --license MIT \
  --class syntactic --kind listener --receiver 'DocumentManager' --event fileNameChange --line 144 --shape identity-mistake \
  --desc "each ImageView subscribed a freshly bound _onFilenameChange to the DocumentManager module's fileNameChange event, and destroy() passed another fresh bind to off(), which matched nothing, so every closed image view stayed subscribed to the global module; the fix registers the handler under an .ImageView namespace and removes it by namespace"
add $B 90fd4dce7 src/extensions/default/InlineColorEditor/ColorEditor.js --repo adobe/brackets --license MIT \
  --class syntactic --kind listener --receiver 'PreferencesManager' --event change --line 71 --shape missing-in-teardown \
  --desc "every ColorEditor registered a change handler for the uppercaseColors preference on the global PreferencesManager in its constructor and nothing removed it, so each closed inline color editor stayed referenced from the preferences system; the fix adds a destroy() that removes the preference listener and calls it when the inline editor closes"
add $B 80797c09e src/search/node/FindInFilesDomain.js --repo adobe/brackets --license MIT \
  --class syntactic --kind listener --receiver 'eventEmitter' --event searchComplete --line 133 --shape per-call-on-shared \
  --desc "each find-in-files command (search, cache init, next/previous/first/last page) added a new handler to the domain's module-level EventEmitter for its reply event and never removed it, so handlers and their callbacks piled up with every search; the fix registers them with once()"

# CartoDB/cartodb.js (BSD-3-Clause)
C=$M/CartoDB+cartodb.js/repo
add $C 17f9ad133 src/geo/map-view.js --repo CartoDB/cartodb.js --license BSD-3-Clause \
  --class syntactic --kind listener --receiver 'this.map' --event change:view_bounds_sw --line 147 --shape missing-in-teardown \
  --desc "MapView bound its bounds, zoom, scrollwheel, keyboard and center handlers to the map model in _bindModel(), but clean() never called _unbindModel(), so a cleaned map view stayed attached to the longer-lived map model; the fix unbinds the model in clean() (and names the handlers in the unbind calls)"
add $C bbbd7ade3 src/ui/common/dropdown.js --repo CartoDB/cartodb.js --license BSD-3-Clause \
  --class syntactic --kind listener --receiver '$(document)' --event keydown --line 56 --shape missing-in-teardown \
  --desc "the Dropdown view bound a keydown handler on the document and a click handler on its target element in initialize() and had no clean() override, so cleaned dropdowns stayed bound to the document; the fix adds clean() that unbinds both before the base clean"
add $C f2efca6a1 src/geo/ui/annotation.js --repo CartoDB/cartodb.js --license BSD-3-Clause \
  --class syntactic --kind listener --receiver 'this.mapView.map' --event change --line 80 --shape missing-in-teardown \
  --desc "the Annotation overlay bound change and change:zoom handlers on the map model and zoomstart/zoomend on the map view, and nothing unbound them, so a removed annotation kept being called and retained by the map; the fix adds _unbindMap() and calls it from a clean() override"

# CartoDB/deep-insights.js (BSD-3-Clause)
add $M/CartoDB+deep-insights.js/repo/.git 8d17050 src/dashboard-view.js --repo CartoDB/deep-insights.js --license BSD-3-Clause \
  --class syntactic --kind listener --receiver '$(window)' --event resize --line 23 --shape identity-mistake \
  --desc "the dashboard view bound this._onWindowResize.bind(this) to the window's resize event but clean() unbound the unbound prototype method, which matched nothing, so the window kept every cleaned dashboard view's handler; the fix stores the bound function on the instance and uses it for both bind and unbind"

# wekan/wekan (MIT)
W=$M/wekan+wekan/repo
add $W e2d0faa53 client/components/lists/listBody.js --repo wekan/wekan --license MIT \
  --class syntactic --kind disposable --receiver 'observer' --event null --line 632 --shape missing-in-teardown \
  --desc "the infinite-scroll spinner component of a list created an IntersectionObserver in onRendered(), kept it only in a local variable and never disconnected it, so the observer and its callback into the component outlived the destroyed component; the fix stores it on the component and disconnects it in onDestroyed()"
add $W 2f7b49d8d models/exporter.js --repo wekan/wekan --license MIT \
  --class syntactic --kind listener --receiver 'res' --event error --line 342 --shape per-call-on-shared \
  --desc "the streaming export's write helper added a once('drain') and a once('error') listener to the HTTP response on every backpressured write; the drain one fired and went away but the error one stayed, so a large export piled up error listeners on the response; the fix removes both listeners as soon as either one settles"

# batch tag (add-case.ts does not know batches)
for f in scan-corpus/fixes/cases/adobe__brackets__e1e8252/case.json \
  scan-corpus/fixes/cases/adobe__brackets__90fd4dc/case.json \
  scan-corpus/fixes/cases/adobe__brackets__80797c0/case.json \
  scan-corpus/fixes/cases/CartoDB__cartodb.js__17f9ad1/case.json \
  scan-corpus/fixes/cases/CartoDB__cartodb.js__bbbd7ad/case.json \
  scan-corpus/fixes/cases/CartoDB__cartodb.js__f2efca6/case.json \
  scan-corpus/fixes/cases/CartoDB__deep-insights.js__8d17050/case.json \
  scan-corpus/fixes/cases/wekan__wekan__e2d0faa/case.json \
  scan-corpus/fixes/cases/wekan__wekan__2f7b49d/case.json; do
  node -e 'const fs=require("fs");const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,"utf8"));j.batch="2026-12-08b";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")' "$f"
done
