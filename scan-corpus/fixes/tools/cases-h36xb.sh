#!/usr/bin/env bash
# Batch 2026-12-06p, list (b): leak fixes from react-dnd/react-dnd, TanStack/virtual, nhn/tui.calendar,
# lit/lit and ionic-team/stencil, added by a helper session (h36xb) who classified them from the
# diffs only (no scan was run). bvaughn/react-virtualized, bvaughn/react-window and
# juliangarnier/anime gave no case. Each case.json gets "batch": "2026-12-06p" afterwards.
# Skipped diffs and repositories: tools/skipped-h36xb.md.
# Mirrors come from the search tool's `fetch` (/work/.mirror/<owner>+<name>/repo).
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# react-dnd/react-dnd (MIT)
add $M/react-dnd+react-dnd/repo 4da043901c230a10451cc50e00f97448335b1f3f packages/core/react-dnd/src/common/SourceConnector.ts 1 --repo react-dnd/react-dnd --license MIT \
  --class runtime --kind disposable --receiver 'this.backend' --event null --line 147 --shape missing-removal \
  --desc 'reconnectDragPreview disconnected the previous drag preview only when the handler id went away; when the preview node was cleared (connect(null), e.g. from an unmounting DragPreviewImage) the backend kept the old connectDragPreview registration (its preview-node map entry holding the detached element) until the source unregistered; the fix disconnects whenever the preview changed, as reconnectDragSource does'
add $M/react-dnd+react-dnd/repo 4da043901c230a10451cc50e00f97448335b1f3f packages/core/react-dnd/src/common/DragPreviewImage.tsx 2 --repo react-dnd/react-dnd --license MIT \
  --class runtime --kind disposable --receiver 'connect' --event null --line 16 --shape per-render-registration \
  --desc 'DragPreviewImage connected a new Image as the drag preview on every render (img.onload = () => connect(img)) and never disconnected it, so after the component unmounted the backend still held the preview image; the fix moves it into a useEffect whose cleanup calls connect(null)'
add $M/react-dnd+react-dnd/repo 6d06642186824255a5b6f499ec10f3b3eb4dc4c3 src/decorateHandler.js --repo react-dnd/react-dnd --license MIT \
  --class runtime --kind listener --receiver 'globalMonitor' --event null --line 119 --shape subscribe-before-mount \
  --desc 'the DragSource/DropTarget decorator registered its handler and subscribed to the global monitor (subscribeToStateChange) from the constructor, via receiveProps, but disposed them only in componentWillUnmount, which never runs for a component that is constructed and never mounted (server rendering, an interrupted render); the fix disposes right after computing the initial state and subscribes again in componentDidMount'
add $M/react-dnd+react-dnd/repo 6ab4ed9444e163bbf560f9f3509b464d44c8821f packages/react-dnd/src/hooks/useDrag/useDragSourceConnector.ts 1 --repo react-dnd/react-dnd --license MIT \
  --class types --kind disposable --receiver 'connector' --event null --line 18 --shape missing-cleanup-in-effect \
  --desc "the layout effect connected the drag source to the backend with connector.reconnect() (SourceConnector, another module) and returned no cleanup, so after unmount the backend kept the source node connected (its listeners and node maps holding the element); the fix returns () => connector.disconnectDragSource()"
add $M/react-dnd+react-dnd/repo 6ab4ed9444e163bbf560f9f3509b464d44c8821f packages/react-dnd/src/hooks/useDrag/useDragSourceConnector.ts 2 --repo react-dnd/react-dnd --license MIT \
  --class types --kind disposable --receiver 'connector' --event null --line 22 --shape missing-cleanup-in-effect \
  --desc "the second layout effect connected the drag preview to the backend with connector.reconnect() and returned no cleanup, so the backend kept the preview node after unmount; the fix returns () => connector.disconnectDragPreview()"
add $M/react-dnd+react-dnd/repo 6ab4ed9444e163bbf560f9f3509b464d44c8821f packages/react-dnd/src/hooks/useDrop/useDropTargetConnector.ts 3 --repo react-dnd/react-dnd --license MIT \
  --class types --kind disposable --receiver 'connector' --event null --line 17 --shape missing-cleanup-in-effect \
  --desc "the layout effect connected the drop target to the backend with connector.reconnect() (TargetConnector, another module) and returned no cleanup, so the backend kept the target node connected after unmount; the fix returns () => connector.disconnectDropTarget()"

# TanStack/virtual (MIT)
add $M/TanStack+virtual/repo 1113a48dc44a65f4c3b1e2dcb6c4ac99543ee5eb packages/vue-virtual/src/index.ts --repo TanStack/virtual --license MIT \
  --class syntactic --kind disposable --receiver 'virtualizer' --event null --line 38 --shape missing-teardown \
  --desc "useVirtualizer kept the teardown returned by virtualizer._didMount() (scroll/resize listeners and observers on the scroll element) and ran it only before re-applying options, never when the component unmounted, so the listeners outlived it; the fix calls doClean in onUnmounted (a commit of the PR that added the Vue adapter, squashed as 078fd580)"
add $M/TanStack+virtual/repo 720d6fc32fd0c3f42085914ac1b00ebbac03c948 packages/angular-virtual/src/index.ts --repo TanStack/virtual --license MIT \
  --class syntactic --kind disposable --receiver 'virtualizer' --event null --line 74 --shape discarded-disposable \
  --desc "afterNextRender called virtualizer._didMount() and discarded the teardown it returns, so cleanup stayed undefined and onDestroy never removed the scroll and resize listeners of observeWindowOffset; the fix assigns the teardown to cleanup"
add $M/TanStack+virtual/repo a0a411e06f7334a063422de35d59b12b264b3573 packages/virtual-core/src/index.ts --repo TanStack/virtual --license MIT \
  --class types --kind timer --receiver 'fallback' --event null --line 197 --shape timer-outlives-owner \
  --keep 1-2,144-238 --keep-after 1-2,144-242 \
  --desc "observeOffset's teardown removed the scroll listeners but not the isScrolling-reset setTimeout that the debounce from ./utils had queued on the last scroll, so after cleanup (unmount, scroll element change) the pending timer still fired into the torn-down virtualizer; the fix gives debounce a cancel() and calls it in the teardown"

# nhn/tui.calendar (MIT)
add $M/nhn+tui.calendar/repo 2c80d6070437507fa3a7725aba60c9538f21ad48 apps/calendar/src/factory/calendarControl.tsx --repo nhn/tui.calendar --license MIT \
  --class not-a-leak --kind listener --receiver 'this.eventBus' --event null --line 60 --shape own-emitter \
  --desc "destroy() now also calls this.eventBus.off() to drop every handler, but the event bus is created by and only reachable from the calendar instance (and the components destroy() unmounts), so its handlers go with it; a cleanup (the commit is titled feat), not a leak fix"

# lit/lit (BSD-3-Clause)
add $M/lit+lit/repo d1cc410ed9c9b36422e088c3dc66dffde1a9dee1 packages/labs/context/src/lib/value-notifier.ts --repo lit/lit --license BSD-3-Clause \
  --class runtime --kind listener --receiver 'this.callbacks' --event null --line 56 --shape disposer-not-passed \
  --desc "ValueNotifier.addCallback stored a subscribing consumer's callback but called it the first time without the disposer, so a consumer disconnected before the provided value ever changed had no unsubscribe to call and stayed in the provider's callbacks map with its host element; the fix passes the disposer on the initial call"
add $M/lit+lit/repo 662209c370d2f5f58cb2f24e558125f91baeebd0 packages/lit-html/src/directives/until.ts 1 --repo lit/lit --license BSD-3-Clause \
  --class runtime --kind other --receiver 'Promise.resolve(value)' --event null --line 57 --shape closure-retention \
  --desc "until() attached to each pending promise a then-callback closing over the directive, so a long-lived or never-settling promise kept the directive and its DOM alive after the part was disconnected; the fix reaches the directive through a PseudoWeakRef cleared on disconnect and pauses until reconnection"
add $M/lit+lit/repo 662209c370d2f5f58cb2f24e558125f91baeebd0 packages/lit-html/src/directives/async-replace.ts 2 --repo lit/lit --license BSD-3-Clause \
  --class runtime --kind other --receiver 'value' --event null --line 40 --shape closure-retention \
  --desc "asyncReplace (and asyncAppend, which extends it) iterated the async iterable in a for-await loop closing over the directive, so an iterable that stays pending held the directive and its DOM after disconnection; the fix iterates through forAwaitOf with a PseudoWeakRef cleared on disconnect"

# ionic-team/stencil (MIT)
add $M/ionic-team+stencil/repo b80feda7e8b57815f750cb9b2d608525b6f3b6a6 src/mock-doc/window.ts --repo ionic-team/stencil --license MIT \
  --class runtime --kind timer --receiver 'this' --event null --line 378 --shape missing-teardown \
  --desc "MockWindow.setInterval/setTimeout handed page timers to Node's timers without tracking them and resetWindow did not clear them, so intervals started by prerendered components kept running (holding the window and its document) after the page was done; the fix records every id in win.__timeouts and clears them in resetWindow"
add $M/ionic-team+stencil/repo 099ded5e33c72b1c9f744e287f1d4e9948fe0de5 src/mock-doc/window.ts --repo ionic-team/stencil --license MIT \
  --class runtime --kind listener --receiver 'this' --event null --line 38 --shape missing-teardown \
  --desc "resetWindow, which recycles a MockWindow between renders and tests, cleared maps and properties but not the listeners registered on the window, the document and its root elements, so handlers added by earlier pages (holding their components) accumulated; the fix nulls their __listeners in resetWindow/resetDocument"
add $M/ionic-team+stencil/repo 370ab1a9c7826754eb7b66e7114ab546dd4f6113 src/client/platform-main-legacy.ts --repo ionic-team/stencil --license MIT \
  --class syntactic --kind other --receiver 'bundleQueue' --event null --line 287 --shape collection-growth \
  --desc "checkQueue ran the callbacks queued in bundleQueue but never removed them, so every entry (including the per-element () => queueUpdate(plt, elm) callbacks) stayed in the array for the app's lifetime, and entries without a bundle id ran again on every later check; the fix splices each entry before running it"
add $M/ionic-team+stencil/repo c1c574bb98d3d3af274ab870f2ff7b7b15a417b3 src/runtime/connected-callback.ts --repo ionic-team/stencil --license MIT \
  --class syntactic --kind listener --receiver 'getHostListenerTarget(elm, flags)' --event null --line 31 --shape missing-teardown \
  --desc "connectedCallback added the component's @Listen handlers (possibly on window, document or body) as fresh proxy functions that nothing kept, so they were never removed on disconnect and piled up on every reconnection; the fix keeps a remover in hostRef.rmListeners that disconnectedCallback calls"
add $M/ionic-team+stencil/repo 9d7021feab38fa03a8cbc0d489350786381d235c src/client/client-host-ref.ts --repo ionic-team/stencil --license MIT \
  --class runtime --kind listener --receiver 'hostElement' --event null --line 71 --shape subscribe-before-mount \
  --desc "registerHost, run from the custom element's constructor, attached the host listeners (including ones targeting window, document or body); an element created and never connected never gets disconnectedCallback, so those listeners and the hostRef they close over stayed; the fix registers them in connectedCallback instead"
add $M/ionic-team+stencil/repo f569ac861fb04750ff986c8d1c6137646cb5fcc7 src/testing/puppeteer/puppeteer-page.ts --repo ionic-team/stencil --license MIT \
  --class syntactic --kind listener --receiver 'page' --event request --line 184 --shape per-call-on-shared \
  --desc "e2eSetContent added a page.on('request') interception handler on every setContent call and never removed it, so handlers accumulated on the E2E page across calls; the fix removes the 'request' listeners (and turns interception off) once the content has been served"

# the types cases get the modules their files import (README step 4)
npx tsx test/scan/eval/add-imports.ts $M/react-dnd+react-dnd/repo react-dnd__react-dnd__6ab4ed9__1 --depth 2 --max-lines 6000
npx tsx test/scan/eval/add-imports.ts $M/react-dnd+react-dnd/repo react-dnd__react-dnd__6ab4ed9__2 --depth 2 --max-lines 6000
npx tsx test/scan/eval/add-imports.ts $M/react-dnd+react-dnd/repo react-dnd__react-dnd__6ab4ed9__3 --depth 2 --max-lines 6000
npx tsx test/scan/eval/add-imports.ts $M/TanStack+virtual/repo TanStack__virtual__a0a411e --depth 2 --max-lines 6000

# tag the batch (add-case.ts does not know batches)
for id in react-dnd__react-dnd__4da0439__1 react-dnd__react-dnd__4da0439__2 react-dnd__react-dnd__6d06642 \
  react-dnd__react-dnd__6ab4ed9__1 react-dnd__react-dnd__6ab4ed9__2 react-dnd__react-dnd__6ab4ed9__3 \
  TanStack__virtual__1113a48 TanStack__virtual__720d6fc TanStack__virtual__a0a411e nhn__tui.calendar__2c80d60 \
  lit__lit__d1cc410 lit__lit__662209c__1 lit__lit__662209c__2 ionic-team__stencil__b80feda ionic-team__stencil__099ded5 \
  ionic-team__stencil__370ab1a ionic-team__stencil__c1c574b ionic-team__stencil__9d7021f ionic-team__stencil__f569ac8; do
  node -e "const fs=require('fs');const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,'utf8'));j.batch='2026-12-06p';fs.writeFileSync(f,JSON.stringify(j,null,2)+'\n')" scan-corpus/fixes/cases/$id/case.json
done
