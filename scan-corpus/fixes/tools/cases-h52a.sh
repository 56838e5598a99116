#!/usr/bin/env bash
# Batch 2026-12-07r, helper h52a: leak fixes from browser UI, editor, media-player, map and chart
# libraries and their framework wrappers that hold an instance of another library
# (futurepress/epub.js, KillerCodeMonkey/ngx-quill, ProjectMirador/mirador, tinymce/tinymce-angular,
# Gamote/lottie-react, whawker/react-jsx-highcharts, securingsincity/react-ace, tjallingt/react-youtube,
# atularen/ngx-monaco-editor), added by a helper who classified them from the diffs only (no scan
# was run). visgl/react-google-maps, tomchentw/react-google-maps, MelihAltintas/vue3-openlayers,
# alibaba/BizCharts, ckeditor/ckeditor5-angular and ant-design/ant-design-charts gave no case.
# Each case.json gets "batch": "2026-12-07r" afterwards (the loop at the end).
# Skipped diffs and repositories: tools/skipped-h52a.md.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# futurepress/epub.js (BSD-2-Clause)
E=$M/futurepress+epub.js/repo
add $E 326238c src/managers/default/index.js --repo futurepress/epub.js --license BSD-2-Clause \
  --class syntactic --kind listener --receiver 'window' --event unload --line 120 --shape missing-in-teardown \
  --desc "addEventListeners() registered an anonymous bound 'unload' handler on window that calls this.destroy(), and removeEventListeners() (run from destroy) had no reference to remove it, so every destroyed view manager stayed reachable from window; the fix keeps the handler in this._onUnload and removes it with the other listeners"
add $E 326238c src/managers/helpers/stage.js 2 --repo futurepress/epub.js --license BSD-2-Clause \
  --class syntactic --kind listener --receiver 'window' --event orientationchange --line 159 --shape identity-mistake \
  --desc "onOrientationChange() added its handler to window under 'orientationchange', but destroy() removed it under 'orientationChange' (wrong case), which never matches, so the handler and its stage stayed attached to window after destroy; the fix removes it under the event name it was added with"
add $E 4728d09 src/managers/views/iframe.js --repo futurepress/epub.js --license BSD-2-Clause \
  --class types --kind disposable --receiver 'this.contents' --event null --line 397 --shape missing-in-teardown \
  --desc "the iframe view created a Contents object for each loaded section (which keeps listeners on the section's document and a resize-polling timer that reschedules itself every 350 ms), and the view's destroy() removed its own listeners and the iframe but never destroyed the Contents, so its timer loop kept running; the fix calls this.contents.destroy() when the view is destroyed"

# KillerCodeMonkey/ngx-quill (MIT)
add $M/KillerCodeMonkey+ngx-quill/repo f97e055 projects/ngx-quill/src/lib/quill-editor.component.ts --repo KillerCodeMonkey/ngx-quill --license MIT \
  --class syntactic --kind timer --receiver 'setTimeout' --event null --line 636 --shape missing-in-teardown \
  --desc "the debounce() wrapper of the editor's change handlers scheduled a setTimeout per change and only cleared it when the next change came, so a timer pending when the component was destroyed still fired and called the handler on the destroyed component; the fix records the pending timers and clears them in ngOnDestroy()"

# ProjectMirador/mirador (Apache-2.0)
add $M/ProjectMirador+mirador/repo 2ce491f4f src/components/OpenSeadragonViewer.jsx --repo ProjectMirador/mirador --license Apache-2.0 \
  --class runtime --kind other --receiver 'OSDReferences' --event null --line 65 --shape missing-in-teardown \
  --desc "the viewer effect stored the component's OpenSeadragon API ref in the module-level OSDReferences registry under its window id and had no cleanup, so every closed window left its entry (and the viewer it points to) in the registry; the fix adds OSDReferences.remove() and calls it from the effect's cleanup"

# tinymce/tinymce-angular (Apache-2.0)
add $M/tinymce+tinymce-angular/repo 4824adf tinymce-angular-component/src/main/ts/editor/editor.component.ts --repo tinymce/tinymce-angular --license Apache-2.0 \
  --class not-a-leak --kind listener --receiver 'editor' --event blur --line 180 --shape own-emitter \
  --desc "the component's 'init', 'blur', model-change and output-event handlers were added with editor.on() on the TinyMCE editor the component itself creates, and ngOnDestroy() already removes that editor through tinymce.remove(), so handlers and editor go away together; the change unsubscribes them through a destroy subject and skips change detection for outputs nobody listens to (a clean-up, no leak)"

# Gamote/lottie-react (MIT)
add $M/Gamote+lottie-react/repo 8ab78de src/hooks/useLottie.tsx --repo Gamote/lottie-react --license MIT \
  --class syntactic --kind disposable --receiver 'animationInstanceRef.current' --event null --line 182 --shape missing-in-teardown \
  --desc "useLottie's effect loaded a lottie animation (which lottie keeps in its global animation registry and ticks every frame) and destroyed it only when the next one was loaded, with no effect cleanup, so unmounting the component left the animation alive; the fix returns a cleanup that destroys the instance and clears the ref"

# whawker/react-jsx-highcharts (MIT; LICENSE at the root, package.json only under packages/)
H=$M/whawker+react-jsx-highcharts/repo
add $H cf36689 packages/react-jsx-highstock/src/components/Navigator/Navigator.js --repo whawker/react-jsx-highcharts --license MIT \
  --class syntactic --kind listener --receiver 'props.getChart()' --event addSeries --line 30 --shape identity-mistake \
  --desc "the Navigator component added its bound handleAddSeries as the chart's 'addSeries' handler but componentWillUnmount() removed this.handleSeriesAdded, a property that does not exist, so the handler (and the unmounted component) stayed on the chart; the fix removes the handler it added"
add $H d39d0ca packages/react-jsx-highstock/src/components/Navigator/Navigator.js --repo whawker/react-jsx-highcharts --license MIT \
  --class runtime --kind disposable --receiver 'chart.navigator' --event null --line 36 --shape missing-in-teardown \
  --desc "the Navigator component created a Highcharts.Navigator for the chart and stored it only as chart.navigator, while Highcharts destroys a chart's navigator through chart.scroller, so destroying the chart left the navigator (its elements and event handlers) behind; the fix stores it as chart.scroller too so the chart's destroy reaches it"

# securingsincity/react-ace (MIT)
add $M/securingsincity+react-ace/repo 46c2dc2 src/ace.jsx --repo securingsincity/react-ace --license MIT \
  --class runtime --kind disposable --receiver 'this.editor' --event null --line 40 --shape missing-in-teardown \
  --desc "the component created an Ace editor with ace.edit() whose session starts a syntax-checking Web Worker, and componentWillUnmount() only dropped the editor reference, so each unmounted editor left its worker running; the fix terminates the session's worker on unmount"

# tjallingt/react-youtube (MIT)
add $M/tjallingt+react-youtube/repo 8decc29 src/YouTube.js --repo tjallingt/react-youtube --license MIT \
  --class runtime --kind disposable --receiver 'this._internalPlayer' --event null --line 88 --shape field-overwritten \
  --desc "onReset() destroyed the previous YouTube player only when it already exposed removeEventListener, so a player not yet ready when the URL changed or the component unmounted was never destroyed before this._internalPlayer was replaced by a new one; the fix destroys any existing player regardless"

# atularen/ngx-monaco-editor (MIT)
add $M/atularen+ngx-monaco-editor/repo 25686f4 src/platform/editor/editor.component.ts --repo atularen/ngx-monaco-editor --license MIT \
  --class runtime --kind disposable --receiver 'options.model' --event null --line 72 --shape field-overwritten \
  --desc "initMonaco(), run again whenever options or model inputs change, created a new Monaco text model for the model input while the editor it disposed left the previous model in Monaco's global model registry, so re-initialisation kept the old model alive (and creating one with the same URI threw); the fix disposes the registered model with that URI before creating the new one"

# types cases: the modules their files import
npx tsx test/scan/eval/add-imports.ts "$E" futurepress__epub.js__4728d09 --depth 2 --max-lines 6000

# batch tag (add-case.ts does not know batches)
for f in scan-corpus/fixes/cases/futurepress__epub.js__326238c/case.json \
  scan-corpus/fixes/cases/futurepress__epub.js__326238c__2/case.json \
  scan-corpus/fixes/cases/futurepress__epub.js__4728d09/case.json \
  scan-corpus/fixes/cases/KillerCodeMonkey__ngx-quill__f97e055/case.json \
  scan-corpus/fixes/cases/ProjectMirador__mirador__2ce491f/case.json \
  scan-corpus/fixes/cases/tinymce__tinymce-angular__4824adf/case.json \
  scan-corpus/fixes/cases/Gamote__lottie-react__8ab78de/case.json \
  scan-corpus/fixes/cases/whawker__react-jsx-highcharts__cf36689/case.json \
  scan-corpus/fixes/cases/whawker__react-jsx-highcharts__d39d0ca/case.json \
  scan-corpus/fixes/cases/securingsincity__react-ace__46c2dc2/case.json \
  scan-corpus/fixes/cases/tjallingt__react-youtube__8decc29/case.json \
  scan-corpus/fixes/cases/atularen__ngx-monaco-editor__25686f4/case.json; do
  node -e 'const fs=require("fs");const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,"utf8"));j.batch="2026-12-07r";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")' "$f"
done
