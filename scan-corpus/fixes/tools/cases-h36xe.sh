#!/usr/bin/env bash
# Batch 2026-12-06q, list (e): leak fixes from react-bootstrap/react-bootstrap, react-component/trigger,
# reactjs/react-modal, popperjs/popper-core (= floating-ui/floating-ui), mdbootstrap/perfect-scrollbar
# and dimsemenov/PhotoSwipe, added by a helper who classified them from the diffs only (no scan was run).
# elastic/eui could not be fetched (snapshot over the size limit) and react-grid-layout/react-grid-layout
# gave no case. popperjs/popper-core is the old name of floating-ui/floating-ui (same history), which
# already holds 4 cases (bf90853, b879fca, 9c078d5, 1eb5682); its 2 new cases are filed under
# floating-ui/floating-ui so that the repository keeps one name and one side of the split.
# Each case.json gets "batch": "2026-12-06q" afterwards (the loop at the end). Skipped diffs and
# repositories: tools/skipped-h36xe.md.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# react-bootstrap/react-bootstrap (MIT)
# (dropped when merged: `export default = AffixMixin;`, which no parser reads)
# add $M/react-bootstrap+react-bootstrap/repo 39a401d2 src/AffixMixin.js --repo react-bootstrap/react-bootstrap --license MIT \
#   --class syntactic --kind listener --receiver 'document' --event click --line 108 --shape identity-mistake \
#   --desc "AffixMixin's componentDidMount adds checkPositionWithEventLoop as a 'click' listener on document, but componentWillUnmount called document.addEventListener('click', ...) instead of removeEventListener, so every unmounted affixed component stayed referenced by the document and kept re-checking its position on each click; the fix keeps EventListener.listen handles and removes both the window scroll and the document click listeners on unmount"
add $M/react-bootstrap+react-bootstrap/repo 3fbbbcc1 src/Modal.js --repo react-bootstrap/react-bootstrap --license MIT \
  --class syntactic --kind listener --receiver 'window' --event resize --line 164 --shape missing-in-teardown \
  --desc "Modal adds handleWindowResize to window 'resize' in _onShow (the transition's onEntering) and removes it only in _onHide (onExited), so a modal unmounted while shown (route change, parent removed) left its resize listener, and the component, on the window; the fix removes the listener in componentWillUnmount"
add $M/react-bootstrap+react-bootstrap/repo fab5579f src/Toast.js --repo react-bootstrap/react-bootstrap --license MIT \
  --class syntactic --kind timer --receiver 'setTimeout' --event null --line 74 --shape missing-cleanup-in-effect \
  --desc "Toast's useEffect (no dependency list) started a new autohide setTimeout(onClose, delay) on every render while shown and returned no cleanup, so timers piled up per render and fired onClose for toasts already hidden or unmounted; the fix keeps the timer, clears it in the effect's cleanup and runs the effect only when autohide or show change"
add $M/react-bootstrap+react-bootstrap/repo dad9c886 src/Modal.js --repo react-bootstrap/react-bootstrap --license MIT \
  --class types --kind disposable --receiver 'transitionEnd' --event null --line 328 --shape missing-in-teardown \
  --desc "a click on a static backdrop starts the bounce animation with dom-helpers' transitionEnd(modal.dialog, cb), which adds a transitionend listener plus an emulation setTimeout and returns their remover, kept in removeStaticModalAnimationRef; the unmount hook removed only the window resize listener, so a modal unmounted mid-animation kept the listener and pending timer that set state on it; the fix calls the stored remover in useWillUnmount. Seeing it needs to know that transitionEnd (a package) returns a disposer"
add $M/react-bootstrap+react-bootstrap/repo 52b3acc9 src/CollapsableMixin.js --repo react-bootstrap/react-bootstrap --license MIT \
  --class not-a-leak --kind listener --receiver 'node' --event transitionend --line 39 --shape identity-mistake \
  --desc "_removeEndTransitionListener called TransitionEvents.addEndEventListener instead of removeEndEventListener, so the transition-end handler was never detached from the collapsable node; but the receiver is the component's own DOM node (same lifetime) and re-adding the same bound function is a no-op, so nothing accumulated or outlived the component: a behaviour fix (stray transitionend handling), not a retained listener"

# react-component/trigger (MIT)
add $M/react-component+trigger/repo 7d2d4cb src/index.tsx --repo react-component/trigger --license MIT \
  --class syntactic --kind timer --receiver 'raf' --event null --line 564 --shape missing-in-teardown \
  --desc "attachParent() retries itself on the next animation frame (this.attachId = raf(() => this.attachParent(popupContainer))) while getPopupContainer returns no mount node, and componentWillUnmount cleared the delay timer, the outside-click handlers and the mousedown timeout but not attachId, so a Trigger unmounted before its container was ready kept a requestAnimationFrame loop running that held the instance; the fix cancels attachId on unmount"
add $M/react-component+trigger/repo fc266ba src/Popup/useVisibleStatus.ts --repo react-component/trigger --license MIT \
  --class syntactic --kind timer --receiver 'rafRef.current' --event null --line 65 --shape field-overwritten \
  --desc "useVisibleStatus's status effect stored raf(...) in rafRef.current without cancelling the frame already kept there (goNextStatus cancels first, this path did not), so the overwritten frame could no longer be cancelled and the unmount cleanup cancelled only the newest one; the lost callback then set state on the unmounted popup; the fix calls cancelRaf() before requesting the frame"
add $M/react-component+trigger/repo 8dbb3e9 src/index.js --repo react-component/trigger --license MIT \
  --class not-a-leak --kind timer --receiver 'setTimeout' --event null --line 313 --shape one-shot-timeout \
  --desc "onPopupMouseDown set hasPopupMouseDown and reset it with an unkept 0 ms setTimeout; the fix keeps it in this.mouseDownTimeout, clears the previous one and clears it on unmount; a zero-delay one-shot timer that only flips a flag holds the component for a single tick, so this is hygiene (and a setState-free flag), not a leak"

# reactjs/react-modal (MIT)
add $M/reactjs+react-modal/repo 0847049 src/components/ModalPortal.js --repo reactjs/react-modal --license MIT \
  --class syntactic --kind timer --receiver 'requestAnimationFrame' --event null --line 225 --shape no-teardown \
  --desc "open() requested an animation frame (after the isOpen state update) that sets afterOpen and calls onAfterOpen, and dropped its id, so componentWillUnmount, which clears closeTimer, could not cancel it and a portal unmounted in that frame ran setState and the callback on the dead component; the fix keeps the id in this.openAnimationFrame and cancels it on unmount"
add $M/reactjs+react-modal/repo 02cf2c3 lib/components/ModalPortal.js --repo reactjs/react-modal --license MIT \
  --class syntactic --kind timer --receiver 'setTimeout' --event null --line 90 --shape no-teardown \
  --desc "closeWithTimeout() started setTimeout(this.closeWithoutTimeout, closeTimeoutMS) and dropped the handle, and the portal had no componentWillUnmount, so a modal unmounted during its close animation kept the timer, which later set state on (and held) the unmounted portal; the fix keeps the handle in this.closeTimer and clears it in componentWillUnmount"

# mdbootstrap/perfect-scrollbar (MIT)
add $M/mdbootstrap+perfect-scrollbar/repo 5132d2d src/handlers/drag-thumb.js --repo mdbootstrap/perfect-scrollbar --license MIT \
  --class syntactic --kind listener --receiver 'i.ownerDocument' --event touchmove --line 90 --shape per-call-on-shared \
  --desc "bindMoves() bound mouseMoveHandler to the owner document's 'touchmove' on every touchstart on the scrollbar thumb (through the instance's EventManager, which records each bind) and, unlike the mouse path's once('mouseup') unbind, never unbound it, so the document kept dragging the scrollbar on any later touch move and the manager's handler list grew with each touch drag until destroy(); the fix unbinds it once on 'touchend'"

# dimsemenov/PhotoSwipe (MIT; MIT-license.txt at 0fb4575, no package.json)
add $M/dimsemenov+PhotoSwipe/repo 0fb4575 src/image.class.js --repo dimsemenov/PhotoSwipe --license MIT \
  --class syntactic --kind listener --receiver 'this.imageEl' --event load --line 97 --shape no-teardown \
  --desc "load() sets this.imageEl.onload to the image's bound imageLoadHandler, and dispose() nulled the instance's own properties but left the handler on the Image element, so an image still loading when the gallery was disposed kept the disposed instance reachable and ran onImageLoad on it; the fix clears imageEl.onload in dispose()"
add $M/dimsemenov+PhotoSwipe/repo 19ad6b4 src/js/photoswipe.js --repo dimsemenov/PhotoSwipe --license MIT \
  --class types --kind disposable --receiver 'this.contentLoader' --event null --line 81 --shape missing-in-teardown \
  --desc "PhotoSwipe creates a ContentLoader (./slide/loader.js) whose cached Content items hold images with onload/onerror handlers bound to the gallery, and destroy() unbound events and removed the template but never destroyed the loader (whose own destroy() just dropped the cache), so images still loading after close kept the gallery reachable through their handlers; the fix calls contentLoader.destroy() in destroy() and makes it destroy each cached item. Seeing it needs the loader's and content's classes from other modules"

# popperjs/popper-core = floating-ui/floating-ui (MIT): its two cases were dropped when the batch was
# merged, since floating-ui/floating-ui was in the corpus before (held-out half) and a batch takes
# repositories new to it; the commands stay, commented out.
# (dropped when merged) add $M/popperjs+popper-core/repo 2004f0b2 packages/react-dom-interactions/src/hooks/useHover.ts --repo floating-ui/floating-ui --license MIT \
# (dropped when merged)   --class syntactic --kind listener --receiver 'doc' --event pointermove --line 210 --shape missing-in-teardown \
# (dropped when merged)   --desc "useHover's onMouseLeave adds the handleClose (safePolygon) handler to the document's 'pointermove' and it was removed only by the close callbacks or by an effect when open became false, so a hook unmounted while its floating element was open left the pointermove listener (closing over the hook's context) on the document, and its open/rest timeouts pending; the fix removes the handler and clears both timeouts in an unmount effect"
# (dropped when merged) add $M/popperjs+popper-core/repo 83d7efa3 src/utils/setupEventListeners.js --repo floating-ui/floating-ui --license MIT \
# (dropped when merged)   --extra src/utils/removeEventListeners.js \
# (dropped when merged)   --class runtime --kind listener --receiver 'target' --event scroll --line 20 --shape identity-mistake \
# (dropped when merged)   --desc "Popper v1's setupEventListeners adds the 'scroll' update listener to getScrollParent(reference) (or window), and removeEventListeners (the --extra file, run by destroy/disableEventListeners) recomputed getScrollParent(reference) at removal time instead of remembering the element, so once the reference had been detached or moved the removal went to another element and the listener, holding the popper's update, stayed on the old scroll parent; the fix stores the target in state.scrollElement and removes the listener from it. Seeing it needs to know that the scroll parent changes at runtime"

# types cases: the modules their files import (README step 4)
npx tsx test/scan/eval/add-imports.ts "$M/react-bootstrap+react-bootstrap/repo" react-bootstrap__react-bootstrap__dad9c88 --depth 2 --max-lines 6000
npx tsx test/scan/eval/add-imports.ts "$M/dimsemenov+PhotoSwipe/repo" dimsemenov__PhotoSwipe__19ad6b4 --depth 2 --max-lines 6000

# batch tag (add-case.ts does not know batches)
for f in \
  scan-corpus/fixes/cases/react-bootstrap__react-bootstrap__3fbbbcc/case.json \
  scan-corpus/fixes/cases/react-bootstrap__react-bootstrap__fab5579/case.json \
  scan-corpus/fixes/cases/react-bootstrap__react-bootstrap__dad9c88/case.json \
  scan-corpus/fixes/cases/react-bootstrap__react-bootstrap__52b3acc/case.json \
  scan-corpus/fixes/cases/react-component__trigger__7d2d4cb/case.json \
  scan-corpus/fixes/cases/react-component__trigger__fc266ba/case.json \
  scan-corpus/fixes/cases/react-component__trigger__8dbb3e9/case.json \
  scan-corpus/fixes/cases/reactjs__react-modal__0847049/case.json \
  scan-corpus/fixes/cases/reactjs__react-modal__02cf2c3/case.json \
  scan-corpus/fixes/cases/mdbootstrap__perfect-scrollbar__5132d2d/case.json \
  scan-corpus/fixes/cases/dimsemenov__PhotoSwipe__0fb4575/case.json \
  scan-corpus/fixes/cases/dimsemenov__PhotoSwipe__19ad6b4/case.json; do
  # (dropped when merged: floating-ui__floating-ui__2004f0b, floating-ui__floating-ui__83d7efa)
  node -e 'const fs=require("fs");const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,"utf8"));j.batch="2026-12-06q";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")' "$f"
done
