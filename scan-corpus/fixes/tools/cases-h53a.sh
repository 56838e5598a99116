#!/usr/bin/env bash
# Batch 2026-12-07s, list (ak): leak fixes from browser code that holds instances of other
# libraries (media players, maps, editors, charts and their wrappers): graphql/graphiql (Monaco
# editors and subscription clients), codesandbox/sandpack (bundler clients in iframes),
# apexcharts/vue3-apexcharts (ApexCharts in a Vue 3 wrapper), terrestris/react-geo (OpenLayers map
# components for React), jtblin/angular-chart.js (Chart.js in an AngularJS directive) and
# googleads/videojs-ima (IMA SDK in a video.js plugin), added by a helper who classified them from
# the diffs only (no scan was run). GrapesJS/grapesjs gave no case. Replacement fixes (the old
# instance ended, or a guard added, before a new one is assigned) were searched for first in each
# repository. Each case.json gets "batch": "2026-12-07s" afterwards (the loop at the end).
# Skipped diffs and repositories: tools/skipped-h53a.md.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# graphql/graphiql (MIT)
Q=$M/graphql+graphiql/repo
add $Q 909a38978 packages/graphiql-react/src/stores/execution.ts --repo graphql/graphiql --license MIT \
  --class runtime --kind disposable --receiver 'iter' --event null --line 493 --shape identity-mistake \
  --desc "run() drove a subscription with for-await over the transport's async iterable but stored an unsubscribe that called [Symbol.asyncIterator]() again and returned that fresh iterator, which the transport mints anew on each call, so stop() closed a throwaway iterator while the running one (and its socket or SSE connection) went on; the fix takes the iterator once, loops on it and returns that same iterator (also aborting in-flight queries)"
add $Q 034208516 packages/monaco-graphql/src/languageFeatures.ts --repo graphql/graphiql --license MIT \
  --class syntactic --kind timer --receiver 'setTimeout' --event null --line 59 --shape missing-in-teardown \
  --desc "the diagnostics adapter debounced validation of each Monaco model with a setTimeout kept in a local of the model-add callback, and neither model removal nor the adapter's dispose() cleared a pending one, so it still fired against a disposed model or worker; the fix keeps the handle where dispose() can reach it and clears it through a disposable"
add $Q 08dec05d9 packages/graphiql-react/src/components/operation-editor.tsx --repo graphql/graphiql --license MIT \
  --class syntactic --kind timer --receiver 'handleChange' --event null --line 291 --shape missing-in-teardown \
  --desc "the operation editor's content-change handler was a debounced function whose pending call was not cancelled in the effect's teardown (only the cursor-sync debounce was), so a change right before unmount ran it later against the disposed editor; the fix adds a disposable that cancels it"

# codesandbox/sandpack (Apache-2.0)
S=$M/codesandbox+sandpack/repo
add $S 04298bef sandpack-react/src/contexts/utils/useClient.ts --repo codesandbox/sandpack --license Apache-2.0 \
  --class syntactic --kind disposable --receiver 'clients.current[clientId]' --event null --line 212 --shape field-overwritten \
  --desc "runSandpack() created a bundler client for every registered iframe and stored it under its id, replacing a client already there without destroying it, so running again left the old client's message listeners and iframe connection alive; the fix destroys the existing client before creating the new one"
add $S c2bf63b3 sandpack-react/src/contexts/utils/useClient.ts --repo codesandbox/sandpack --license Apache-2.0 \
  --class syntactic --kind disposable --receiver 'clients.current[clientId]' --event null --line 296 --shape field-overwritten \
  --desc "registerBundler() on an already running sandpack created a client and stored it under the iframe's id without destroying a client registered there before (only runSandpack() did), so re-registering an iframe left the previous client connected; the fix moves the destroy of an existing client into createClient(), which every path now uses"

# apexcharts/vue3-apexcharts (MIT)
add $M/apexcharts+vue3-apexcharts/repo 02b0a1a src/vue3-apexcharts.js --repo apexcharts/vue3-apexcharts --license MIT \
  --class runtime --kind disposable --receiver 'chart.value' --event null --line 138 --shape field-overwritten \
  --desc "init() awaited nextTick() and then always assigned a new ApexCharts instance to chart.value, so when the mount hook and an options or series watcher both called init() before the first chart existed, the second chart replaced the first without destroying it and the first kept its DOM and resize listeners; the fix returns from init() when a chart is already there"

# terrestris/react-geo (BSD-2-Clause)
R=$M/terrestris+react-geo/repo
add $R 60e014ca5 src/Button/DigitizeButton/DigitizeButton.jsx --repo terrestris/react-geo --license BSD-2-Clause \
  --class syntactic --kind other --receiver 'map' --event null --line 688 --shape missing-in-teardown \
  --desc "pressing the digitize button added draw, select, modify and translate interactions to the shared OpenLayers map, and only unpressing removed them, so unmounting the button while pressed left its interactions (and their handlers bound to the component) on the map; the fix removes them in componentWillUnmount"
add $R 9a73952de src/Button/DigitizeButton/DigitizeButton.tsx --repo terrestris/react-geo --license BSD-2-Clause \
  --class syntactic --kind listener --receiver 'map' --event pointermove --line 490 --shape missing-in-teardown \
  --desc "pressing an edit-mode digitize button registered the component's pointermove handler on the map and only unpressing unregistered it, so unmounting the button while pressed left the handler on the long-lived map; the fix unregisters it in componentWillUnmount"
add $R fcc9be74b src/Button/MeasureButton/MeasureButton.tsx --repo terrestris/react-geo --license BSD-2-Clause \
  --class syntactic --kind listener --receiver 'map' --event pointermove --line 303 --shape missing-in-teardown \
  --desc "pressing the measure button registered drawstart/drawend handlers and a map pointermove handler whose keys only the next toggle's cleanup() released, and the component had no unmount hook, so unmounting it while pressed left the map listener and tooltips behind; the fix toggles it off in componentWillUnmount"

# jtblin/angular-chart.js (BSD-2-Clause; package.json at 4807e846 says "BSD", LICENSE is the 2-clause text)
A=$M/jtblin+angular-chart.js/repo
add $A 4807e846 angular-chart.js --repo jtblin/angular-chart.js --license BSD-2-Clause \
  --class syntactic --kind disposable --receiver 'chart' --event null --line 110 --shape missing-in-teardown \
  --desc "the chart directive created a Chart.js chart on its canvas and destroyed it only before re-creating it on data or type changes, never when the directive's scope was destroyed, so removed charts kept their instance and responsive resize handling; the fix destroys the chart on the scope's \$destroy event"
add $A 42c39344 angular-chart.js --repo jtblin/angular-chart.js --license BSD-2-Clause \
  --class runtime --kind disposable --receiver 'chart' --event null --line 195 --shape field-overwritten \
  --desc "createChart() assigned a new Chart.js chart to the directive's chart variable and relied on its callers to destroy the old one first, but it re-ran itself from a \$timeout while the canvas had no size, so a chart created in between was replaced without being destroyed (ghost charts); the fix destroys any existing chart inside createChart() right before the assignment"

# googleads/videojs-ima (Apache-2.0)
add $M/googleads+videojs-ima/repo 7e18a85 src/videojs.ima.js --repo googleads/videojs-ima --license Apache-2.0 \
  --class syntactic --kind timer --receiver 'setInterval' --event null --line 831 --shape missing-in-teardown \
  --desc "the plugin started time-update, seek-check and resize-check intervals (and an ad-tracking interval) on the player's first play and cleared them only when the content ended, so disposing the player left them running against it and its IMA ads manager alive; the fix listens for the player's dispose event, clears the intervals and destroys the ads manager"

# batch tag (add-case.ts does not know batches)
for f in scan-corpus/fixes/cases/graphql__graphiql__909a389/case.json \
  scan-corpus/fixes/cases/graphql__graphiql__0342085/case.json \
  scan-corpus/fixes/cases/graphql__graphiql__08dec05/case.json \
  scan-corpus/fixes/cases/codesandbox__sandpack__04298be/case.json \
  scan-corpus/fixes/cases/codesandbox__sandpack__c2bf63b/case.json \
  scan-corpus/fixes/cases/apexcharts__vue3-apexcharts__02b0a1a/case.json \
  scan-corpus/fixes/cases/terrestris__react-geo__60e014c/case.json \
  scan-corpus/fixes/cases/terrestris__react-geo__9a73952/case.json \
  scan-corpus/fixes/cases/terrestris__react-geo__fcc9be7/case.json \
  scan-corpus/fixes/cases/jtblin__angular-chart.js__4807e84/case.json \
  scan-corpus/fixes/cases/jtblin__angular-chart.js__42c3934/case.json \
  scan-corpus/fixes/cases/googleads__videojs-ima__7e18a85/case.json; do
  node -e 'const fs=require("fs");const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,"utf8"));j.batch="2026-12-07s";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")' "$f"
done
