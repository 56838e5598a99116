#!/usr/bin/env bash
# Batch 2026-12-07y, list (h59b): leak fixes from browser interaction utilities and hooks (drag,
# gestures, scroll and resize helpers, click-outside and keyboard helpers, React/Vue/Svelte hooks
# and directives): BetterTyped/react-zoom-pan-pinch, michalsnik/aos, rpearce/react-medium-image-zoom,
# ndelvalle/v-click-outside, Rezi/svelte-gestures, imakewebthings/waypoints,
# airbnb/react-outside-click-handler, added by a helper who classified them from the diffs only
# (no scan was run). ccampbell/mousetrap, greena13/react-hotkeys, theKashey/react-remove-scroll,
# danbovey/react-infinite-scroller, jaredLunde/react-hook, Alfred-Skyblue/vue-draggable-plus and
# wellyshen/react-cool-onclickoutside gave no case. Each case.json gets "batch": "2026-12-07y"
# afterwards (the loop at the end). Skipped diffs and repositories: tools/skipped-h59b.md.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# BetterTyped/react-zoom-pan-pinch (MIT)
Z=$M/BetterTyped+react-zoom-pan-pinch/repo
add $Z 6339118 src/store/StateContext.js --repo BetterTyped/react-zoom-pan-pinch --license MIT \
  --class syntactic --kind listener --receiver 'window' --event mousedown --line 63 --shape missing-in-teardown \
  --desc "the class component added window mousedown, mousemove and mouseup panning listeners in componentDidMount and put their removal in a function returned from componentDidMount, which React ignores, so every unmounted provider left its three window listeners (and itself) attached; the fix moves the removal into componentWillUnmount"
add $Z 6e35b3a src/components/transform-context.tsx --repo BetterTyped/react-zoom-pan-pinch --license MIT \
  --class syntactic --kind listener --receiver 'document' --event mouseleave --line 107 --shape missing-in-teardown \
  --desc "componentDidMount added a document 'mouseleave' listener next to the window panning and key listeners, but componentWillUnmount removed only the window ones, so each unmounted transform context stayed reachable from the document through clearPanning; the fix removes the document listener on unmount"
add $Z 0173d7c src/components/transform-wrapper/transform-wrapper.tsx --repo BetterTyped/react-zoom-pan-pinch --license MIT \
  --class types --kind disposable --receiver 'instance' --event null --line 27 --shape missing-in-teardown \
  --desc "the wrapper component created a ZoomPanPinch instance whose constructor adds window and document mouse and key listeners, and never released it, so every unmounted wrapper left those listeners (and the instance) on the window; the fix returns an effect cleanup that calls instance.cleanupWindowEvents()"

# michalsnik/aos (MIT)
add $M/michalsnik+aos/repo 2915865 src/js/aos.js --repo michalsnik/aos --license MIT \
  --class syntactic --kind listener --receiver 'window' --event scroll --line 60 --shape per-call-on-shared \
  --desc "initializeScroll(), run on every refresh (resize, orientation change, init), added a new throttled window 'scroll' listener each time and never removed the previous one, so listeners accumulated on the window for the page's lifetime; the fix keeps the current handler in a module variable and removes it before adding the new one"

# rpearce/react-medium-image-zoom (BSD-3-Clause)
R=$M/rpearce+react-medium-image-zoom/repo
add $R f4405946 packages/image-zoom/source/index.ts --repo rpearce/react-medium-image-zoom --license BSD-3-Clause \
  --class syntactic --kind listener --receiver 'targetEl' --event load --line 109 --shape identity-mistake \
  --desc "init() added an anonymous arrow function as the target image's 'load' listener while cleanup() removed initImg, which was never registered, so a detached or re-initialised zoom left its load listener (and the zoom closure) on the image; the fix registers initImg itself and removes it in cleanup and on update"
add $R 3f1c003a source/Controlled.tsx --repo rpearce/react-medium-image-zoom --license BSD-3-Clause \
  --class runtime --kind listener --receiver 'window' --event resize --line 523 --shape late-connect \
  --desc "zoom() added a one-shot 'transitionend' listener on the modal image whose timer then added a window 'resize' listener; when the component unmounted during the zoom transition, componentWillUnmount removed the resize listener before it existed and the pending transitionend handler added it afterwards, leaving it on the window; the fix makes the transitionend handlers methods and removes them on unmount"

# ndelvalle/v-click-outside (MIT)
V=$M/ndelvalle+v-click-outside/repo
add $V 1b3e7db lib/v-click-outside.js --repo ndelvalle/v-click-outside --license MIT \
  --class runtime --kind other --receiver 'instances' --event null --line 43 --shape missing-in-teardown \
  --desc "bind() pushed every directive instance (its element and handler closures) into the module-level instances array, and unbind() removed the document listeners but never the entry, so every unbound element stayed reachable from the array; the fix splices the instance out in a destroyInstance used as unbind"
add $V d47e677 src/v-click-outside.js --repo ndelvalle/v-click-outside --license MIT \
  --class runtime --kind listener --receiver 'document.documentElement' --event null --line 53 --shape late-connect \
  --desc "bind() deferred adding the document listeners with setTimeout(0), so an element unbound before the timer fired had its (not yet added) listeners removed first and then added by the timer, leaving them on the document for good; the fix makes the timer return when the element's handlers were already deleted"

# Rezi/svelte-gestures (MIT)
add $M/Rezi+svelte-gestures/repo ed6d21b src/shared.ts --repo Rezi/svelte-gestures --license MIT \
  --class runtime --kind listener --receiver 'node' --event pointermove --line 93 --shape per-call-on-shared \
  --desc "every pointerdown added pointermove, lostpointercapture and pointerup listeners to the node, removed only when a matching pointerup or lostpointercapture came back to the node, so a pointer released outside the element left them attached and the next pointerdown stacked another set; the fix also removes them all on pointerleave"

# imakewebthings/waypoints (dual MIT / GPL in the file header; taken under its MIT option)
add $M/imakewebthings+waypoints/repo 7951938 waypoints.js --repo imakewebthings/waypoints --license MIT \
  --class syntactic --kind listener --receiver '$(context)' --event scroll --line 160 --shape missing-in-teardown \
  --desc "each scroll context bound throttled jQuery scroll and resize handlers on its element and was kept in the module's contexts array, and removing or destroying its waypoints never unbound them, so a context with no waypoints left (e.g. a removed scrollable element) kept its handlers and entry forever; the fix binds namespaced handlers and unbinds them and drops the context when its last waypoint goes"

# airbnb/react-outside-click-handler (MIT)
add $M/airbnb+react-outside-click-handler/repo 03230cc src/OutsideClickHandler.jsx --repo airbnb/react-outside-click-handler --license MIT \
  --class syntactic --kind listener --receiver 'document' --event mouseup --line 71 --shape field-overwritten \
  --desc "each outside mousedown added a document 'mouseup' listener and stored its remover in this.removeMouseUp, overwriting the previous remover, so a mousedown not followed by a mouseup (e.g. released outside the window) left the earlier listener attached for good; the fix calls and clears the previous remover before adding a new one"

# types cases: the modules their files import
npx tsx test/scan/eval/add-imports.ts "$Z" BetterTyped__react-zoom-pan-pinch__0173d7c --depth 2 --max-lines 6000

# batch tag (add-case.ts does not know batches)
for f in scan-corpus/fixes/cases/BetterTyped__react-zoom-pan-pinch__6339118/case.json \
  scan-corpus/fixes/cases/BetterTyped__react-zoom-pan-pinch__6e35b3a/case.json \
  scan-corpus/fixes/cases/BetterTyped__react-zoom-pan-pinch__0173d7c/case.json \
  scan-corpus/fixes/cases/michalsnik__aos__2915865/case.json \
  scan-corpus/fixes/cases/rpearce__react-medium-image-zoom__f440594/case.json \
  scan-corpus/fixes/cases/rpearce__react-medium-image-zoom__3f1c003/case.json \
  scan-corpus/fixes/cases/ndelvalle__v-click-outside__1b3e7db/case.json \
  scan-corpus/fixes/cases/ndelvalle__v-click-outside__d47e677/case.json \
  scan-corpus/fixes/cases/Rezi__svelte-gestures__ed6d21b/case.json \
  scan-corpus/fixes/cases/imakewebthings__waypoints__7951938/case.json \
  scan-corpus/fixes/cases/airbnb__react-outside-click-handler__03230cc/case.json; do
  node -e 'const fs=require("fs");const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,"utf8"));j.batch="2026-12-07y";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")' "$f"
done
