#!/usr/bin/env bash
# Batch 2026-12-05n, list (a): leak-fix cases from alibaba/hooks, palantir/blueprint,
# segmentio/evergreen, grommet/grommet and Semantic-Org/Semantic-UI-React (all held-out).
# Added by a helper session; class, leak site and shape were judged from the diffs and the
# surrounding code only (the scanner was not run). Mirrors come from the search tool's `fetch`.
# Run from the repository root. Each case.json gets "batch": "2026-12-05n" afterwards.
set -e
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# alibaba/hooks (MIT)
add $M/alibaba+hooks/repo 43befeaa1263a5d890a54a69673b9f408fed4734 src/useAsync/index.ts --repo alibaba/hooks --license MIT \
  --class syntactic --kind timer --receiver 'timer.current' --event null --line 160 --shape field-overwritten \
  --desc 'start() with pollingInterval assigns a new polling Timer to timer.current before stopping the previous one (it then stops the new one), so each run leaves the old polling timer running; the fix stops the old Timer first.'
add $M/alibaba+hooks/repo 0a7c82847b60b74a6ab44f038dcfe37a921dda8b packages/hooks/src/useRequest/src/plugins/usePollingPlugin.ts --repo alibaba/hooks --license MIT \
  --class runtime --kind listener --receiver 'subscribeReVisible' --event visibilitychange --line 51 --shape field-overwritten \
  --desc 'each polling timeout that finds the page hidden subscribes a re-visible listener into a module-level list and overwrites unsubscribeRef, so earlier subscriptions are never removed; the fix keeps all unsubscribe functions in an array and calls them all.'
add $M/alibaba+hooks/repo 22dabcc9ea7b7207056eb63692099bee404d1eae packages/hooks/src/useRequest/src/utils/cache.ts --repo alibaba/hooks --license MIT \
  --class syntactic --kind timer --receiver 'setTimeout' --event null --line 25 --shape collection-delete \
  --desc 'clearCache deletes cache entries (or clears the whole map) without clearing their expiry timers, which keep running past their entry; the fix clears each entry timer before deleting it.'

# palantir/blueprint (Apache-2.0)
add $M/palantir+blueprint/repo cbb705cc07d86c1396724d003f8bc63a729adab4 packages/core/src/components/overlay2/overlay2.tsx --repo palantir/blueprint --license Apache-2.0 \
  --class runtime --kind listener --receiver 'document' --event mousedown --line 299 --shape teardown-skipped \
  --desc 'overlayWillClose returns early when instance.current is null, which it is when an open overlay unmounts, so the document focus/mousedown listeners added on open are never removed; the fix removes them unconditionally, keyed by id.'
add $M/palantir+blueprint/repo f2c86bc35cb05f22d5c520153e06cd427c45d66c packages/core/src/components/overlay2/overlay2.tsx --repo palantir/blueprint --license Apache-2.0 \
  --class runtime --kind listener --receiver 'document' --event mousedown --line 274 --shape stale-closure \
  --desc 'the run-once unmount effect calls overlayWillClose only if isOpen, but isOpen is the value captured at mount, so an overlay opened later and then unmounted keeps its document listeners; the fix always runs the cleanup on unmount.'
add $M/palantir+blueprint/repo d623cb5e964e4850c50d3254580cabeef1b4b2f4 packages/core/src/components/overlay2/overlay2.tsx --repo palantir/blueprint --license Apache-2.0 \
  --class runtime --kind listener --receiver 'document' --event mousedown --line 274 --shape identity-mistake \
  --desc 'document mousedown/focus handlers are re-created when onClose changes, but removal runs with the new identities (an effect on change, and a mount-time stale overlayWillClose on unmount), so the old handlers stay on document; the fix adds and removes them in effects keyed by the handler.'
add $M/palantir+blueprint/repo 2b95830dd058c35b5a934bacda21945b2b430a44 packages/table/src/quadrants/tableQuadrantStack.tsx --repo palantir/blueprint --license Apache-2.0 \
  --class syntactic --kind timer --receiver 'window' --event null --line 817 --shape 'unmount-missing' \
  --desc 'the debounced view-sync window.setTimeout is never cleared on unmount, so it fires on an unmounted table quadrant stack; the fix schedules it through the component setTimeout helper, cleared on unmount.'

# segmentio/evergreen (MIT)
add $M/segmentio+evergreen/repo 23a527f4ac23208f921e6eb899ca79827cbb4fb7 src/table/src/TableVirtualBody.js --repo segmentio/evergreen --license MIT \
  --class syntactic --kind timer --receiver 'requestAnimationFrame' --event null --line 55 --shape unmount-missing \
  --desc 'updateOnResize re-requests an animation frame until the pane has a height, and the effect cleanup never cancels it, so after unmount the frame loop can run on (a detached pane has no height) holding the component; the fix keeps the request id and cancels it in the cleanup.'
add $M/segmentio+evergreen/repo a716f4ef29a841e5fbe7a4394c541ec192ddb942 src/tooltip/src/Tooltip.js --repo segmentio/evergreen --license MIT \
  --class syntactic --kind timer --receiver 'setTimeout' --event null --line 94 --shape unmount-missing \
  --desc 'show() starts a showDelay setTimeout that is neither stored nor cleared, so it outlives an unmounted Tooltip and calls setState on it; the fix stores the timeout and clears it in componentWillUnmount.'

# grommet/grommet (Apache-2.0)
add $M/grommet+grommet/repo d2eb48085703af6d9734e96b282142a8422e2df9 src/js/components/Tip/Tip.js --repo grommet/grommet --license Apache-2.0 \
  --class syntactic --kind listener --receiver 'document' --event mousedown --line 22 --shape identity-mistake \
  --desc 'the effect adds inline arrow mousedown/keydown listeners to document and its cleanup removes new arrow functions, so every unmounted Tip leaves both listeners behind; the fix names the handlers and removes the same ones.'
add $M/grommet+grommet/repo 3788b4cfb72e0255db319eebbeec05db3b642392 src/js/components/RangeSelector/RangeSelector.js --repo grommet/grommet --license Apache-2.0 \
  --class syntactic --kind listener --receiver 'window' --event mouseup --line 84 --shape identity-mistake \
  --desc 'mouseDown adds this.mouseUp as a window mouseup listener but mouseUp and componentWillUnmount remove this.mouseMove for mouseup, so the mouseup listener is never removed; the fix removes this.mouseUp.'
add $M/grommet+grommet/repo e854b2c7612c0dfdba8e03858f2250ffb85aba4d src/js/components/InfiniteScroll/InfiniteScroll.js --repo grommet/grommet --license Apache-2.0 \
  --class syntactic --kind listener --receiver 'scrollParent' --event scroll --line 80 --shape identity-mistake \
  --desc 'addScrollListener adds this.onScroll to each scroll parent but removeScrollListener (also on unmount) removes this.place, so the scroll listeners stay on window/document after unmount; the hooks rewrite adds and removes the same onScroll in one effect.'
add $M/grommet+grommet/repo b1562e265647bf5e3019ab7cac03c997df867d67 src/js/components/Article.js --repo grommet/grommet --license Apache-2.0 \
  --class syntactic --kind listener --receiver 'window' --event scroll --line 90 --shape unmount-missing \
  --desc 'componentDidMount adds an anonymous window scroll listener when onProgress is set and componentWillUnmount never removes it; the fix registers this._updateProgress and removes it on unmount.'
add $M/grommet+grommet/repo e1922a383e6d08de9e0ae362e6a380e38fba2871 src/js/components/meter/Graphic.js --repo grommet/grommet --license Apache-2.0 \
  --class types --kind listener --receiver 'KeyboardAccelerators' --event keydown --line 40 --shape unmount-missing \
  --desc 'focusing the meter graphic registers keyboard handlers with the module-level KeyboardAccelerators (a window keydown listener and a listener list), and unmounting while focused never unregisters them; the fix stops listening in componentWillUnmount.'

# Semantic-Org/Semantic-UI-React (MIT)
add $M/Semantic-Org+Semantic-UI-React/repo 4f48c58b941c0814f4029f30853bf81a047a6218 src/modules/Popup/Popup.js --repo Semantic-Org/Semantic-UI-React --license MIT \
  --class syntactic --kind listener --receiver 'window' --event scroll --line 300 --shape unmount-missing \
  --desc 'with hideOnScroll the portal mount adds a window scroll listener that is only removed when a scroll happens, so a popup closed or unmounted otherwise leaves it on window; the fix removes it in handlePortalUnmount.'
add $M/Semantic-Org+Semantic-UI-React/repo 0651bd17ea4348f98ea620eb1789f570cbbde909 src/modules/Sidebar/Sidebar.js --repo Semantic-Org/Semantic-UI-React --license MIT \
  --class syntactic --kind timer --receiver 'setTimeout' --event null --line 145 --shape unmount-missing \
  --desc 'the animation-end setTimeout stored in this.animationTimer is not cleared in componentWillUnmount, so it fires on an unmounted Sidebar; the fix clears it on unmount.'
add $M/Semantic-Org+Semantic-UI-React/repo aed4f01a78ceec2a65d3c55c28334e26acdbdbaf src/behaviors/Visibility/Visibility.js --repo Semantic-Org/Semantic-UI-React --license MIT \
  --class runtime --kind listener --receiver 'eventStack' --event scroll --line 204 --shape prop-change \
  --desc 'resize/scroll handlers are subscribed on the context prop at mount and unsubscribed from the current context prop at unmount, so after the context prop changes the subscription on the old context is never removed; the fix re-subscribes on context change.'
add $M/Semantic-Org+Semantic-UI-React/repo f8ab1f426a64de9ad4b271e6a9920f2f322bb25f src/modules/Sticky/Sticky.js --repo Semantic-Org/Semantic-UI-React --license MIT \
  --class runtime --kind listener --receiver 'eventStack' --event scroll --line 134 --shape prop-change \
  --desc 'addListeners subscribes on the scrollContext prop and removeListeners unsubscribes from the current prop, so when scrollContext changes while active the old context keeps the handlers; the fix moves the subscription when scrollContext changes.'
add $M/Semantic-Org+Semantic-UI-React/repo 34ecc051c85fe35e49444340a830338870bcfbdb src/lib/eventStack/eventStack.js --repo Semantic-Org/Semantic-UI-React --license MIT \
  --class runtime --kind listener --receiver 'this._eventTargets' --event null --line 22 --shape map-bookkeeping \
  --desc 'removing a target shifts the _targets array but leaves _eventTargets keyed by the old indexes, so a later target overwrites a live EventTarget whose DOM listeners can then never be unsubscribed; the fix keys EventTargets by target in a Map.'

# the types case gets its imported modules (README step 4)
npx tsx test/scan/eval/add-imports.ts $M/grommet+grommet/repo grommet__grommet__e1922a3 --depth 2 --max-lines 6000

# tag the batch (add-case.ts does not know batches)
for d in scan-corpus/fixes/cases/*/; do
  node -e "const fs=require('fs');const p='${d}case.json';const c=JSON.parse(fs.readFileSync(p,'utf8'));
    const ids=process.argv.slice(1);if(ids.includes(c.repo+'@'+c.commit.slice(0,7))){c.batch='2026-12-05n';fs.writeFileSync(p,JSON.stringify(c,null,2)+'\n');}" \
    alibaba/hooks@43befea alibaba/hooks@0a7c828 alibaba/hooks@22dabcc \
    palantir/blueprint@cbb705c palantir/blueprint@f2c86bc palantir/blueprint@d623cb5 palantir/blueprint@2b95830 \
    segmentio/evergreen@23a527f segmentio/evergreen@a716f4e \
    grommet/grommet@d2eb480 grommet/grommet@3788b4c grommet/grommet@e854b2c grommet/grommet@b1562e2 grommet/grommet@e1922a3 \
    Semantic-Org/Semantic-UI-React@4f48c58 Semantic-Org/Semantic-UI-React@0651bd1 Semantic-Org/Semantic-UI-React@aed4f01 \
    Semantic-Org/Semantic-UI-React@f8ab1f4 Semantic-Org/Semantic-UI-React@34ecc05
done
