#!/bin/bash
# The add-case.ts commands of every case of batch 2026-12-05h built in worktree wt-t from list (t):
# leak fixes from fengyuanchen/cropperjs, fengyuanchen/viewerjs, idux-team/idux, xiaokaike/vue-hooks-plus,
# Simonwep/pickr and youzan/vant-weapp (all held-out). Added by a helper and classified from the diffs
# alone, without running the scanner. Run from the repository root with a bare clone of each repository at
# $MIRROR/<owner>+<name>/repo (what the search tool's `fetch` makes; default /work/.mirror). Each case.json
# then gets "batch": "2026-12-05h" (add-case.ts does not know batches).
set -e
MIRROR=${MIRROR:-/work/.mirror}
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# fengyuanchen/cropperjs (MIT)
add "$MIRROR/fengyuanchen+cropperjs/repo" d712947 packages/element-canvas/src/index.ts --repo fengyuanchen/cropperjs --license MIT \
  --class syntactic --kind listener --receiver 'this.ownerDocument' --event EVENT_POINTER_MOVE --line 111 --shape missing-removal \
  --desc 'CropperCanvas binds pointermove/pointerup on its ownerDocument (and pointerdown/wheel on itself) when enabled, but only unbinds them when disabled; removing the element from the page left the document listeners holding it, and the fix adds disconnectedCallback that unbinds them'
add "$MIRROR/fengyuanchen+cropperjs/repo" f6d84b9 src/js/cropper.js --repo fengyuanchen/cropperjs --license MIT \
  --class syntactic --kind timer --receiver 'setTimeout' --event null --line 371 --shape one-shot-timeout \
  --desc 'build() schedules the ready/crop dispatch with a setTimeout whose id is not kept, so destroying or replacing the cropper before it fired still ran it on the torn-down instance (ready fired twice); the fix stores it in self.completing and clears it in unbuild()'
# Simonwep/pickr (MIT)
add "$MIRROR/Simonwep+pickr/repo" b60264b src/js/pickr.js --repo Simonwep/pickr --license MIT \
  --class syntactic --kind listener --receiver 'window' --event scroll --line 100 --shape missing-removal \
  --desc 'the init frame callback binds a scroll/wheel/resize listener on window whose binding is not kept in _eventBindings, so destroy() never removed it and every destroyed picker stayed referenced by window; the fix moves it into the bindings list that destroy() unbinds'
add "$MIRROR/Simonwep+pickr/repo" ad2bd78 src/js/helper/selectable.js --repo Simonwep/pickr --license MIT \
  --class syntactic --kind listener --receiver 'opt.elements' --event click --line 10 --shape identity-mistake \
  --desc 'Selectable adds an anonymous click listener to its elements but its teardown is misspelled destory and removes this._ontap (undefined), so the listener was never removed; the fix keeps the binding returned by on() and offs exactly it in destroy'
add "$MIRROR/Simonwep+pickr/repo" f8cfd0c src/js/libs/moveable.js --repo Simonwep/pickr --license MIT \
  --class syntactic --kind listener --receiver 'document' --event keydown --line 149 --shape missing-removal \
  --desc 'Moveable binds keydown/keyup on document at creation but destroy() only unbinds the mousedown/touchstart listeners of its wrapper, so each created and destroyed picker stayed reachable from document; the fix offs the keyboard listeners in destroy()'
add "$MIRROR/Simonwep+pickr/repo" f820ed9 src/js/pickr.js --repo Simonwep/pickr --license MIT \
  --class syntactic --kind timer --receiver 'requestAnimationFrame' --event null --line 144 --shape one-shot-timeout \
  --desc 'the setup requestAnimationFrame loop re-requests itself until the app has a width and its id is not kept, so a picker destroyed before initialization kept a frame callback (and the instance) running forever; the fix stores the frame id and cancels it in destroy()'
# youzan/vant-weapp (MIT; ISC in package.json at f67af061, which has no LICENSE file)
add "$MIRROR/youzan+vant-weapp/repo" 7be1e4ac packages/count-down/index.ts --repo youzan/vant-weapp --license MIT \
  --class syntactic --kind timer --receiver 'this.tid' --event null --line 79 --shape missing-removal \
  --desc 'CountDown re-arms a 30 ms setTimeout (simpleTick) on every tick and only clears this.tid in pause(), so a component destroyed while counting kept ticking and calling setData on itself until the time ran out; the fix clears the timer in destroyed()'
add "$MIRROR/youzan+vant-weapp/repo" f67af061 packages/noticebar/index.js --repo youzan/vant-weapp --license ISC \
  --class syntactic --kind timer --receiver 'setTimeout' --event null --line 63 --shape discarded-disposable \
  --desc 'scrollZanNoticeBar re-schedules itself with a setTimeout whose id is discarded, so each re-initialization of the notice bar started another endless scroll loop on top of the old ones; the fix stores the id in the component data and clears it before starting again'
add "$MIRROR/youzan+vant-weapp/repo" 46b8d053 packages/mixins/page-scroll.ts --repo youzan/vant-weapp --license MIT \
  --class syntactic --kind listener --receiver 'page.vanPageScroller' --event null --line 32 --shape identity-mistake \
  --desc 'pageScrollMixin pushes scroller.bind(this) into the page-level vanPageScroller list on attach but detached() filters out the unbound scroller, which is never in the list, so every detached sticky/tabs component stayed in the page scroll handlers; the fix keeps the bound function and splices exactly it out'

# idux-team/idux and xiaokaike/vue-hooks-plus: not fetched (the fetch tool had no snapshot of either), no cases.

# Tag the batch (add-case.ts does not know batches).
for c in fengyuanchen__cropperjs__d712947 fengyuanchen__cropperjs__f6d84b9 \
  Simonwep__pickr__b60264b Simonwep__pickr__ad2bd78 Simonwep__pickr__f8cfd0c Simonwep__pickr__f820ed9 \
  youzan__vant-weapp__7be1e4a youzan__vant-weapp__f67af06 youzan__vant-weapp__46b8d05; do
  f=scan-corpus/fixes/cases/$c/case.json
  jq '. + {batch: "2026-12-05h"}' "$f" > "$f.tmp" && mv "$f.tmp" "$f"
done
