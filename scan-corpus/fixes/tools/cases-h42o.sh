#!/usr/bin/env bash
# Batch 2026-12-07h, list (o): leak fixes from maps, charts and data-visualisation libraries:
# chartjs/chartjs-plugin-zoom, xieziyu/ngx-echarts, projectstorm/react-diagrams,
# mapbox/mapbox-gl-geocoder, Viglino/ol-ext and uber/react-vis, added by a helper who classified
# them from the diffs only (no scan was run). bpmn-io/bpmn-js, valor-software/ng2-charts,
# apexcharts/vue-apexcharts and chartist-js/chartist were tried and gave no case. Each case.json
# gets "batch": "2026-12-07h" afterwards (the loop at the end).
# Skipped diffs and repositories: tools/skipped-h42o.md.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# chartjs/chartjs-plugin-zoom (MIT)
Z=$M/chartjs+chartjs-plugin-zoom/repo
add $Z f8e79e3 src/chart.zoom.js --repo chartjs/chartjs-plugin-zoom --license MIT \
  --class syntactic --kind listener --receiver 'node' --event wheel --line 192 --shape missing-in-teardown \
  --desc "beforeInit put a 'wheel' listener (kept in chartInstance._wheelHandler) on the chart's canvas but the plugin's destroy hook only dropped the Hammer pinch/pan handlers, so a destroyed chart stayed reachable from a canvas the page may keep and reuse; the fix removes the wheel listener in destroy"
add $Z 84b27cc src/plugin.js --repo chartjs/chartjs-plugin-zoom --license MIT \
  --class types --kind disposable --receiver 'mc' --event null --line 519 --shape missing-in-teardown \
  --desc "the plugin built a Hammer.Manager on the chart's canvas (Hammer installs its own input listeners on the element and on window) and its destroy hook removed only the recognizer handlers, never the manager, so every destroyed chart left Hammer's listeners and the chart behind; the fix calls destroy() on the manager"
add $Z 75bce9a src/handlers.js --repo chartjs/chartjs-plugin-zoom --license MIT \
  --class runtime --kind listener --receiver 'canvas.ownerDocument' --event mouseup --line 191 --shape guard-skips-teardown \
  --desc "removeListeners bailed out when chart.canvas was unset, and Chart.js drops that reference before it tells plugins the chart is being destroyed, so the document 'mouseup' handler and the canvas handlers stayed attached and kept firing on the destroyed chart; the fix records each handler's target on the handler itself and removes it from there"

# xieziyu/ngx-echarts (MIT)
E=$M/xieziyu+ngx-echarts/repo
add $E 353dabe projects/ngx-echarts/src/lib/ngx-echarts.directive.ts --repo xieziyu/ngx-echarts --license MIT \
  --class syntactic --kind timer --receiver 'setTimeout' --event null --line 127 --shape timer-outlives-owner \
  --desc "ngAfterViewInit deferred chart creation through an untracked setTimeout, so a directive destroyed before the timer fired still created an ECharts instance on its detached element after ngOnDestroy had run, and nothing disposed it; the fix stores the timer id and clears it in ngOnDestroy"
add $E 68ba732 projects/ngx-echarts/src/lib/ngx-echarts.directive.ts --repo xieziyu/ngx-echarts --license MIT \
  --class not-a-leak --kind listener --receiver "filter.notFirstAndEmpty<any>('options')" --event null --line 109 --shape completed-observable \
  --desc "the commit swaps the per-ngOnChanges subscriptions to observables made with of()/EMPTY for handlers on one long-lived Subject that is unsubscribed on destroy, but of() and EMPTY complete synchronously, so the old subscriptions ended at once and nothing was retained"

# projectstorm/react-diagrams (MIT)
add $M/projectstorm+react-diagrams/repo 7d133ab packages/react-diagrams-core/src/entities/node/NodeWidget.tsx --repo projectstorm/react-diagrams --license MIT \
  --class syntactic --kind listener --receiver 'this.props.node' --event selectionChanged --line 49 --shape missing-in-teardown \
  --desc "NodeWidget registered a selectionChanged listener on its node model and deregistered the handle only when the node prop changed, so an unmounted widget stayed subscribed to a model that outlives it (a deleted node still referenced elsewhere); the fix deregisters the handle in componentWillUnmount"

# mapbox/mapbox-gl-geocoder (ISC)
add $M/mapbox+mapbox-gl-geocoder/repo 6e37f87 lib/index.js --repo mapbox/mapbox-gl-geocoder --license ISC \
  --class syntactic --kind listener --receiver 'this._map' --event moveend --line 107 --shape removal-after-null \
  --desc "with trackProximity the control subscribed to the map's 'moveend' event, but onRemove set this._map to null before calling this._map.off, so removing the control threw and the map kept the geocoder's handler; the fix clears the map reference only after unsubscribing"

# Viglino/ol-ext (BSD-3-Clause)
O=$M/Viglino+ol-ext/repo
add $O 23f8f97f src/interaction/CurrentMap.js --repo Viglino/ol-ext --license BSD-3-Clause \
  --class syntactic --kind listener --receiver 'document' --event keydown --line 37 --shape no-teardown \
  --desc "the CurrentMap interaction attached anonymous keydown, keypress and keyup handlers to document in its constructor and had no teardown, so every discarded interaction (and the map it reports) stayed reachable from document; the fix keeps a removal callback per handler and runs them in disposeInternal"
add $O 0945e6c9 src/control/Overview.js --repo Viglino/ol-ext --license BSD-3-Clause \
  --class syntactic --kind listener --receiver 'map' --event change:view --line 203 --shape missing-removal \
  --desc "setMap subscribed to the map's 'change:view' event without keeping the returned key and only unregistered the view's propertychange listener, so taking the overview off a map left the map holding the control, and every re-attach added another handler; the fix keeps both keys and unregisters them in setMap"
add $O 77ba7bd2 src/control/Profile.js --repo Viglino/ol-ext --license BSD-3-Clause \
  --class runtime --kind listener --receiver 'document' --event pointerup --line 264 --shape field-overwritten \
  --desc "show() bound a new onMove handler into this.onMoveBinded and added it to the canvas element and to document on every call, so calling show() twice without hide() overwrote the field and the first document 'pointerup' listener could never be removed; the fix adds the listeners only when none are bound and clears the field when removing them"

# uber/react-vis (MIT)
add $M/uber+react-vis/repo 24f13057 src/lib/make-vis-flexible.js --repo uber/react-vis --license MIT \
  --class syntactic --kind listener --receiver 'resizeSubscribers' --event null --line 58 --shape identity-mistake \
  --desc "the unsubscribe function handed to each flexible component called removeSubscriber(resizeSubscribers, cb) although the helper takes only the callback, so it searched for the array itself and removed nothing, leaving every unmounted component's resize callback in the module-level list and the window 'resize' listener attached; the fix passes the callback alone"

# types cases: the modules their files import
npx tsx test/scan/eval/add-imports.ts "$Z" chartjs__chartjs-plugin-zoom__84b27cc --depth 2 --max-lines 6000

# batch tag (add-case.ts does not know batches)
for f in scan-corpus/fixes/cases/chartjs__chartjs-plugin-zoom__f8e79e3/case.json \
  scan-corpus/fixes/cases/chartjs__chartjs-plugin-zoom__84b27cc/case.json \
  scan-corpus/fixes/cases/chartjs__chartjs-plugin-zoom__75bce9a/case.json \
  scan-corpus/fixes/cases/xieziyu__ngx-echarts__353dabe/case.json \
  scan-corpus/fixes/cases/xieziyu__ngx-echarts__68ba732/case.json \
  scan-corpus/fixes/cases/projectstorm__react-diagrams__7d133ab/case.json \
  scan-corpus/fixes/cases/mapbox__mapbox-gl-geocoder__6e37f87/case.json \
  scan-corpus/fixes/cases/Viglino__ol-ext__23f8f97/case.json \
  scan-corpus/fixes/cases/Viglino__ol-ext__0945e6c/case.json \
  scan-corpus/fixes/cases/Viglino__ol-ext__77ba7bd/case.json \
  scan-corpus/fixes/cases/uber__react-vis__24f1305/case.json; do
  node -e 'const fs=require("fs");const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,"utf8"));j.batch="2026-12-07h";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")' "$f"
done
