#!/usr/bin/env bash
# Batch 2026-12-07q, list (ag): leak fixes from browser UI component, layout, charting and data-grid
# libraries (glideapps/glide-data-grid, vega/vega, reaviz/reaviz, airbnb/visx, FormidableLabs/victory,
# antvis/Graphin), added by a helper (h51a) who classified them from the diffs only (no scan was run).
# revolist/revogrid, antvis/g2plot, biati-digital/glightbox, gridjs/gridjs and frappe/gantt gave no case.
# Each case.json gets "batch": "2026-12-07q" afterwards (the loop at the end).
# Skipped diffs and repositories: tools/skipped-h51a.md. No file needed pruning (all under 400 lines).
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# glideapps/glide-data-grid (MIT)
D=$M/glideapps+glide-data-grid/repo
add $D 08b02d54d8f3b059580599e3627be1fe7beaf025 src/common/utils.tsx --repo glideapps/glide-data-grid --license MIT \
  --class syntactic --kind listener --receiver 'el' --event null --line 35 --shape identity-mistake \
  --desc "useEventListener() added its wrapper listener with { passive, capture } but the effect's cleanup removed it without the capture flag, so every capture-phase listener registered through the hook (on window or a grid element) survived each re-run and unmount; the fix passes { capture } to removeEventListener"
add $D d9d92b1c7e6e9c194f1c427df4abbc6f55a9e617 packages/core/src/click-outside-container/click-outside-container.tsx --repo glideapps/glide-data-grid --license MIT \
  --class syntactic --kind listener --receiver 'document' --event mousedown --line 10 --shape identity-mistake \
  --desc "ClickOutsideContainer added its mousedown and contextmenu handlers to document in the capture phase but componentWillUnmount removed them without the capture flag, so every unmounted overlay left both listeners (and itself) on document; the fix removes them with capture true"

# vega/vega (BSD-3-Clause). e02ec1a99 is the head of pull request #2996 (web-worker force simulation),
# never merged: kept as a fix of the worker that pull request adds.
V=$M/vega+vega/repo
add $V 34170a5a74af1be49c8de359ddeb253571bdba95 packages/vega-transforms/src/Facet.js --repo vega/vega --license BSD-3-Clause \
  --class runtime --kind other --receiver 'this._targets' --event null --line 30 --shape retained-in-collection \
  --desc "Facet.activate() appended each subflow to the transform's _targets array, and clean() deleted subflows whose count fell to 0 from the flow map but left them in _targets, so replaced data kept old subflows (and their tuples) reachable from the facet; the fix filters the dead subflows out of _targets in clean()"
add $V e02ec1a99312979bdb6aaa1ab5cb24a8115b69c9 packages/vega-force/src/Force.js --repo vega/vega --license BSD-3-Clause \
  --class syntactic --kind disposable --receiver 'sim.worker' --event null --line 214 --shape missing-in-teardown \
  --desc "with the worker parameter set, the Force transform's simulation created a Web Worker and the transform had no detach, so removing the transform (or the view) left the worker running with its message handler holding the simulation; the fix adds detach() that terminates the worker"

# reaviz/reaviz (Apache-2.0)
add $M/reaviz+reaviz/repo 5616a232a89eab51c15b1daa3241f731cd2a1c4b src/common/utils/useHoverIntent.ts --repo reaviz/reaviz --license Apache-2.0 \
  --class syntactic --kind listener --receiver 'document' --event mousemove --line 77 --shape missing-in-teardown \
  --desc "useHoverIntent's pointerOver added a document mousemove listener and a polling setTimeout that only pointerOut or the next pointerOver removed, and the hook had no unmount cleanup, so a chart element unmounted while hovered left the listener and timer running; the fix runs the cleanup from an effect on unmount"

# airbnb/visx (MIT)
X=$M/airbnb+visx/repo
add $X f537dee7e271805b1b2962160dc602b070568057 packages/visx-xychart/src/providers/TooltipProvider.tsx --repo airbnb/visx --license MIT \
  --class types --kind timer --receiver 'debouncedHideTooltip.current' --event null --line 71 --shape missing-in-teardown \
  --desc "hideTooltip() created a lodash-debounced privateHideTooltip and called it, which schedules a timer, and only a later showTooltip cancelled it, so an XYChart unmounted within the debounce window kept the pending call (and the provider's state setter) until it fired; the fix cancels the debounced call in an unmount effect"
add $X 076e37893f454ccdd1fa21b40b90e8b40ae48073 packages/vx-responsive/src/components/ParentSize.tsx --repo airbnb/visx --license MIT \
  --class types --kind timer --receiver 'this.resize' --event null --line 46 --shape missing-in-teardown \
  --desc "ParentSize wrapped its resize handler in lodash debounce, and componentWillUnmount cancelled the animation frame and disconnected the ResizeObserver but not the pending debounced call, so its timer still fired setState on the unmounted component; the fix cancels this.resize on unmount"

# FormidableLabs/victory (MIT)
F=$M/FormidableLabs+victory/repo
add $F a5a2113068af7586de8299c9ab71260746bbb31f src/components/victory-animation.jsx --repo FormidableLabs/victory --license MIT \
  --class syntactic --kind timer --receiver 'this.raf' --event null --line 120 --shape missing-in-teardown \
  --desc "VictoryAnimation's frame loop re-armed requestAnimationFrame on every step and only new props or the loop's end cancelled it, and the component had no componentWillUnmount, so unmounting mid-animation left the frame loop calling setState on the dead component; the fix cancels this.raf on unmount"
add $F b4345eba59d3b44a022862d9bc344a761633790d src/components/victory-zoom/victory-zoom.js --repo FormidableLabs/victory --license MIT \
  --class types --kind timer --receiver 'this.timer' --event null --line 61 --shape identity-mistake \
  --desc "VictoryZoom lazily created a victory-core Timer (a d3 timer loop) for its children, and componentWillUnmount called stop() on the getTimer method instead of on the timer it returns, which throws and never stops the loop; the fix calls this.getTimer().stop()"

# antvis/Graphin (MIT)
add $M/antvis+Graphin/repo fba695f895e212e60d394fc92bc4dd99810348e4 packages/graphin-components/src/MiniMap/index.tsx --repo antvis/Graphin --license MIT \
  --class types --kind disposable --receiver 'graph' --event null --line 65 --shape teardown-not-called \
  --desc "the MiniMap component's effect added a new G6 Minimap plugin to the shared graph, and its cleanup removed it only if !miniMap.destroy, which is always false (destroy is a method), so every unmount or options change left the old minimap plugin (its canvas and graph listeners) on the graph; the fix tests the destroyed flag instead"

# types cases: the modules their files import
npx tsx test/scan/eval/add-imports.ts "$X" airbnb__visx__f537dee --depth 2 --max-lines 6000
npx tsx test/scan/eval/add-imports.ts "$X" airbnb__visx__076e378 --depth 2 --max-lines 6000
npx tsx test/scan/eval/add-imports.ts "$F" FormidableLabs__victory__b4345eb --depth 2 --max-lines 6000
npx tsx test/scan/eval/add-imports.ts "$M/antvis+Graphin/repo" antvis__Graphin__fba695f --depth 2 --max-lines 6000

# batch tag (add-case.ts does not know batches)
for f in scan-corpus/fixes/cases/glideapps__glide-data-grid__08b02d5/case.json \
  scan-corpus/fixes/cases/glideapps__glide-data-grid__d9d92b1/case.json \
  scan-corpus/fixes/cases/vega__vega__34170a5/case.json \
  scan-corpus/fixes/cases/vega__vega__e02ec1a/case.json \
  scan-corpus/fixes/cases/reaviz__reaviz__5616a23/case.json \
  scan-corpus/fixes/cases/airbnb__visx__f537dee/case.json \
  scan-corpus/fixes/cases/airbnb__visx__076e378/case.json \
  scan-corpus/fixes/cases/FormidableLabs__victory__a5a2113/case.json \
  scan-corpus/fixes/cases/FormidableLabs__victory__b4345eb/case.json \
  scan-corpus/fixes/cases/antvis__Graphin__fba695f/case.json; do
  node -e 'const fs=require("fs");const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,"utf8"));j.batch="2026-12-07q";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")' "$f"
done
