#!/usr/bin/env bash
# Batch 2026-12-07o, list (ad): leak fixes from component and hooks libraries for React, Preact, Vue,
# Svelte or Solid (their .js/.ts/.tsx/.jsx files) (mui/mui-x, chakra-ui/zag, wojtekmaj/react-pdf,
# maslianok/react-resize-detector, fisshy/react-scroll, atomiks/tippyjs-react, elrumordelaluz/reactour),
# added by a helper who classified them from the diffs only (no scan was run). imbhargav5/rooks,
# plouc/nivo and zenoamaro/react-quill gave no case. Each case.json gets "batch": "2026-12-07o"
# afterwards (the loop at the end). Skipped diffs and repositories: tools/skipped-h49b.md.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# mui/mui-x (monorepo; the three packages involved, x-charts, x-internal-gestures and x-scheduler,
# declare "license": "MIT" in their package.json at the fix; the root has no licence field)
X=$M/mui+mui-x/repo
add $X 241c94237f packages/x-charts/src/internals/plugins/corePlugins/useChartInteractionListener/useChartInteractionListener.ts \
  --repo mui/mui-x --license MIT \
  --class types --kind disposable --receiver 'gestureManagerRef.current' --event null --line 52 --shape missing-in-teardown \
  --desc "the chart's interaction plugin created a GestureManager (whose internal pointer and keyboard managers attach document and window listeners) and its effect cleanup only unregistered the svg element's gestures, never destroying the manager, so every chart unmount left those global listeners attached; the fix calls destroy() in the cleanup and drops the ref so the next mount builds a new manager"
add $X 9fff92a512 packages/x-internal-gestures/src/core/gestures/TapGesture.ts \
  --repo mui/mui-x --license MIT \
  --class syntactic --kind timer --receiver 'setTimeout' --event null --line 239 --shape timer-outlives-owner \
  --desc "after a tap short of the required multi-tap count the gesture started a 300 ms setTimeout to reset its tap counter and kept no handle, so resetState() and destroy could not cancel it and the pending timer kept the gesture alive and fired on a reset or destroyed gesture; the fix stores the timeout id in the state, clears a previous one before starting another and clears it in resetState()"
add $X efc00d2f60 packages/x-scheduler/src/internals/components/more-events-popover/MoreEventsPopover.tsx \
  --repo mui/mui-x --license MIT \
  --class syntactic --kind listener --receiver 'subscribeCloseHandler' --event null --line 73 --shape missing-cleanup-in-effect \
  --desc "the popover's effect registered an onClose handler with the event dialog context's subscribeCloseHandler() (a 'close' listener on the dialog's event manager) and dropped the unsubscribe function it returns, so every re-run of the effect (a new onClose) and every unmount left a handler that closes a stale popover on the dialog's emitter; the fix returns the unsubscribe function as the effect's cleanup"

# chakra-ui/zag (MIT)
Z=$M/chakra-ui+zag/repo
add $Z 83914314d packages/machines/clipboard/src/clipboard.machine.ts --repo chakra-ui/zag --license MIT \
  --class syntactic --kind timer --receiver 'setTimeout' --event null --line 75 --shape discarded-timer \
  --desc "the clipboard machine's waitForTimeout state effect started a setTimeout that sends COPY.DONE and returned nothing, so leaving the copied state or stopping the machine (unmount) could not cancel it and the timer kept the service and fired into it afterwards; the fix starts the wait with the library's setRafTimeout and returns its cancel function as the effect's cleanup"
add $Z d729dc23d packages/frameworks/react/src/machine.ts --repo chakra-ui/zag --license MIT \
  --class runtime --kind other --receiver 'effects.current' --event null --line 205 --shape field-overwritten \
  --desc "useMachine stored each entered state's effect cleanup in a map keyed by state path and overwrote an existing entry when the same path was entered again before its cleanup ran (React Strict Mode's remount), so the first mount's cleanup (listeners, body scroll lock) was lost and never called; the fix composes the new cleanup with the existing one instead of replacing it"

# wojtekmaj/react-pdf (MIT)
P=$M/wojtekmaj+react-pdf/repo
add $P ba212b13 src/Document.jsx --repo wojtekmaj/react-pdf --license MIT \
  --class types --kind disposable --receiver 'loadingTask' --event null --line 109 --shape discarded-disposable \
  --desc "loadDocument() kept the PDF.js loading task returned by pdfjs.getDocument() only in a local variable and never destroyed it, so unmounting the Document left the task and its PDF.js worker alive; the fix stores the task on the component and destroys it in componentWillUnmount"
add $P 81146a8f src/Document.jsx --repo wojtekmaj/react-pdf --license MIT \
  --class syntactic --kind disposable --receiver 'this.loadingTask' --event null --line 117 --shape field-overwritten \
  --desc "each loadDocument() call (a new file prop) replaced this.loadingTask with a new PDF.js loading task without destroying the previous one, which componentWillUnmount alone destroyed, so every file change left a loading task and its worker alive; the fix destroys the previous task before creating the new one"

# maslianok/react-resize-detector (MIT)
add $M/maslianok+react-resize-detector/repo 1b58fb3 src/components/ResizeDetector.js --repo maslianok/react-resize-detector --license MIT \
  --class syntactic --kind disposable --receiver 'this.ro' --event null --line 37 --shape missing-in-teardown \
  --desc "componentDidMount made the component's ResizeObserver observe the parent (or id-selected) element and the class had no componentWillUnmount, so an unmounted detector stayed observing and its callback kept calling onResize; the fix unobserves the element on unmount"

# fisshy/react-scroll (MIT)
S=$M/fisshy+react-scroll/repo
add $S 244b3a0 modules/mixins/scroll-spy.js --repo fisshy/react-scroll --license MIT \
  --class syntactic --kind listener --receiver 'scrollSpyContainer' --event scroll --line 19 --shape no-teardown \
  --desc "the shared scrollSpy.mount() added a throttled passive 'scroll' listener to a link's spy container and offered no way to remove it, so after all links of a container unmounted the listener (and the container through the handler) stayed attached; the fix returns a remover from mount(), which the scroll link keeps and calls in componentWillUnmount" \
  --extra modules/mixins/scroll-link.js
add $S d9d0240 modules/mixins/scroll-spy.js --repo fisshy/react-scroll --license MIT \
  --class syntactic --kind listener --receiver 'document' --event scroll --line 8 --shape identity-mistake \
  --desc "scrollSpy.mount(), called by every mounting link, added this.scrollHandler.bind(this) as a document 'scroll' listener while unmount() removed the unbound this.scrollHandler, which never matched, so each link mount left another bound listener on the document; the fix stores the one bound handler, adds it only when the first handler registers and removes that same function when the last one goes" \
  --extra modules/mixins/Helpers.js

# atomiks/tippyjs-react (MIT)
add $M/atomiks+tippyjs-react/repo db1aa47 src/Tippy.js --repo atomiks/tippyjs-react --license MIT \
  --class runtime --kind other --receiver 'singleton' --event null --line 115 --shape per-call-on-shared \
  --desc "in singleton mode each Tippy pushed its instance into the shared useSingleton box's children array on every create, and destroying the Tippy never took it out (destroyed ones were filtered only when the singleton itself re-ran), so destroyed tippy instances and their props stayed referenced by the singleton; the fix adds a cleanup() that removes the instance and calls it from the Tippy's effect cleanup" \
  --extra src/useSingleton.js

# elrumordelaluz/reactour (MIT)
add $M/elrumordelaluz+reactour/repo 524b906 src/TourPortal.js --repo elrumordelaluz/reactour --license MIT \
  --class syntactic --kind disposable --receiver 'this.state.observer' --event null --line 182 --shape field-overwritten \
  --desc "each step with an observe selector replaced state.observer with a new MutationObserver without disconnecting the previous one, and unmounting the portal never disconnected the current one, so observers kept watching the page and calling back into the tour; the fix disconnects the previous observer when replacing it and the current one in componentWillUnmount"

# types cases: the modules their files import
npx tsx test/scan/eval/add-imports.ts "$X" mui__mui-x__241c942 --depth 2 --max-lines 6000
npx tsx test/scan/eval/add-imports.ts "$P" wojtekmaj__react-pdf__ba212b1 --depth 2 --max-lines 6000

# batch tag (add-case.ts does not know batches)
for f in scan-corpus/fixes/cases/mui__mui-x__241c942/case.json \
  scan-corpus/fixes/cases/mui__mui-x__9fff92a/case.json \
  scan-corpus/fixes/cases/mui__mui-x__efc00d2/case.json \
  scan-corpus/fixes/cases/chakra-ui__zag__8391431/case.json \
  scan-corpus/fixes/cases/chakra-ui__zag__d729dc2/case.json \
  scan-corpus/fixes/cases/wojtekmaj__react-pdf__ba212b1/case.json \
  scan-corpus/fixes/cases/wojtekmaj__react-pdf__81146a8/case.json \
  scan-corpus/fixes/cases/maslianok__react-resize-detector__1b58fb3/case.json \
  scan-corpus/fixes/cases/fisshy__react-scroll__244b3a0/case.json \
  scan-corpus/fixes/cases/fisshy__react-scroll__d9d0240/case.json \
  scan-corpus/fixes/cases/atomiks__tippyjs-react__db1aa47/case.json \
  scan-corpus/fixes/cases/elrumordelaluz__reactour__524b906/case.json; do
  node -e 'const fs=require("fs");const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,"utf8"));j.batch="2026-12-07o";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")' "$f"
done
