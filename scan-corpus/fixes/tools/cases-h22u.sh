#!/bin/bash
# The add-case.ts commands of every case of batch 2026-12-05h built in worktree wt-u from list (u): leak fixes in
# JavaScript, TypeScript and component files of SortableJS/Sortable, varletjs/varlet, ganlanyuan/tiny-slider and
# vuetifyjs/vuetify. Run from the repository root with a bare clone of each repository at
# $MIRROR/<owner>+<name>/repo (what the search tool's `fetch` makes; default /work/.mirror). Classes,
# descriptions, shapes and leak lines were written by a helper from reading the diffs and the files around them,
# before any scan of the cases (none was run in this worktree). --line is the 1-based line in the whole BEFORE
# file (a .vue file's template included). Every repository of list (u) is in the tuning half by the sha1 rule of
# ../README.md. Every diff read and not kept is in skipped-h22u.md. add-case.ts does not know batches: the last
# step tags the new case folders. Only tiny-slider's file needed pruning (2233 lines: kept the option and
# variable set-up, the autoplay timer functions and the public API with destroy()).
set -e
M=${MIRROR:-/work/.mirror}
add(){ r=$1; shift; sha=$1; shift; p=$1; shift; npx tsx test/scan/eval/add-case.ts "$M/${r/\//+}/repo" "$sha" "$p" "$@" --repo "$r"; }

# SortableJS/Sortable (MIT, package.json "license").
add SortableJS/Sortable 224b9f97ee6838a837278a0e8ad3e6fcbec632d0 Sortable.js --license MIT \
  --class syntactic --kind listener --receiver el --event selectstart --line 99 --shape missing-in-teardown \
  --desc "The constructor adds a selectstart listener (this._onTapStart) to the sortable element that destroy() never removes, so a destroyed Sortable stays bound to its element and piles up on re-creation; the fix removes it in destroy() (and in _onDrop)."
add SortableJS/Sortable 4527eb7bb06cdde0b7815719138a2643f9a8d96d Sortable.js --license MIT \
  --class syntactic --kind listener --receiver el --event start --line 119 --shape missing-in-teardown \
  --desc "The constructor adds the user's onStartDragging/onStopDragging callbacks as 'start'/'stop' listeners on the sortable element but destroy() removes only the other option callbacks; the fix adds the two _off calls to destroy()."
add SortableJS/Sortable 0e4eabfef572f61df7a9cc38b5f56bbbc75d11ff plugins/MultiDrag/MultiDrag.js --license MIT \
  --class runtime --kind listener --receiver document --event keydown --line 45 --shape teardown-not-called \
  --desc "The MultiDrag plugin instance (created for every sortable) adds pointerup/mouseup/touchend/keydown/keyup listeners to document in its constructor and removes them in destroy(), which the plugin manager calls only when the multiDrag option is on; renaming it destroyGlobal makes the removal run for every destroyed sortable."
add SortableJS/Sortable a479eae115afc39d3ffc803cccb74f3a7a61007a ng-sortable.js --license MIT \
  --class syntactic --kind listener --receiver scope --event null --line 167 --shape discarded-disposable \
  --desc "The ng-sortable directive (no isolated scope) registers scope.\$watch watchers for every option and discards their deregistration functions, so they outlive the element on the shared scope and keep the destroyed sortable; the fix collects them and calls them on \$destroy."

# varletjs/varlet (MIT: packages/varlet-ui/package.json "license"; the root LICENCE file is the MIT licence).
add varletjs/varlet ac2cff6e55104be83202e062a42a468bba789528 packages/varlet-ui/src/image-preview/ImagePreview.vue --license MIT \
  --class syntactic --kind listener --receiver document --event contextmenu --line 314 --shape active-watch-unmount \
  --desc "ImagePreview adds a document contextmenu listener when show turns true and removes it only when show turns false, so unmounting (or deactivating) while shown leaves it on document; the fix removes it in onUnmounted and onDeactivated."
add varletjs/varlet 41001567d904dd83ce52313b4b922b27b02e4bb2 packages/varlet-ui/src/countdown/Countdown.vue --license MIT \
  --class runtime --kind timer --receiver handle --event null --line 142 --shape ssr-timer \
  --desc "Countdown starts its requestAnimationFrame (setTimeout fallback off the browser) loop from an immediate watch in setup, so during SSR every render starts a loop that no unmount hook ever cancels; the fix starts it in onMounted only."

# ganlanyuan/tiny-slider (MIT, package.json "license"). src/tiny-slider.js is the source (the .module.js copy is built).
add ganlanyuan/tiny-slider b4d4926bffb51110877928860de268a58147ebf3 src/tiny-slider.js --license MIT \
  --keep 1-398,1682-1817,2127-2233 --keep-after 1-398,1682-1817,2127-2234 \
  --class syntactic --kind timer --receiver autoplayTimer --event null --line 1798 --shape missing-in-teardown \
  --desc "The autoplay setInterval (autoplayTimer) keeps firing onControlsClick after destroy(), which removes the autoplay listeners but never clears the interval; the fix adds clearInterval(autoplayTimer) to destroy()."

# vuetifyjs/vuetify (MIT: LICENSE / LICENSE.md is the MIT licence; the monorepo root package.json has no licence).
add vuetifyjs/vuetify 355a0d15b8a1d3a416b2a6f1a5a4e7c905af384e src/directives/resize.js --license MIT \
  --class syntactic --kind listener --receiver window --event resize --line 12 --shape identity-mistake \
  --desc "v-resize adds a debounced wrapper onResize to window but stores and removes binding.value in unbind, so the wrapper (and the component it calls) stays on window after every unbind; the fix registers the callback itself."
add vuetifyjs/vuetify 3176463539358c5f17db112741484b1a71bd2036 packages/vuetify/src/components/VOverlay/VOverlay.tsx --license MIT \
  --class syntactic --kind listener --receiver window --event keydown --line 191 --shape active-watch-unmount \
  --desc "VOverlay adds a window keydown listener when it becomes active and removes it only when it turns inactive, so an overlay unmounted while open leaves it on window; the fix also removes it in onBeforeUnmount."
add vuetifyjs/vuetify a72df884ba8415a272332f86bba8401eec7d6fc5 packages/vuetify/src/components/VDialog/VDialog.tsx --license MIT \
  --class syntactic --kind listener --receiver document --event focusin --line 87 --shape active-watch-unmount \
  --desc "VDialog adds a document focusin listener while active with retainFocus and removes it only when that turns false, so a dialog unmounted while open leaves it on document; the fix removes it in onBeforeUnmount."
add vuetifyjs/vuetify e7c6ed504af01e8f87a6835cd4d955bcc7e3562e packages/vuetify/src/components/VAutocomplete/VAutocomplete.ts --license MIT \
  --class syntactic --kind listener --receiver document --event copy --line 169 --shape active-watch-unmount \
  --desc "VAutocomplete adds a document copy listener when focused and removes it only on blur, so a component destroyed while focused leaves it on document; the fix removes it in destroyed()."
add vuetifyjs/vuetify dfc257f3b48fb9bf1d2955c810781d823f54f0b0 packages/vuetify/src/components/VNavigationDrawer/sticky.ts --license MIT \
  --class syntactic --kind listener --receiver window --event scroll --line 31 --shape identity-mistake \
  --desc "useSticky adds its scroll listener to window but onBeforeUnmount removes it from document, so an unmounted sticky drawer stays on window; the fix removes it from window."
add vuetifyjs/vuetify 64618ffa80565e048b6ef89bac60687ca839d8e3 packages/vuetify/src/components/VSlider/VSliderThumb.tsx --license MIT \
  --class runtime --kind other --receiver computed --event null --line 132 --shape effect-in-render \
  --desc "VSliderThumb calls useElevation(computed(...)) inside its render function, so every render creates new computeds outside the component's effect scope that stay subscribed to the slider's long-lived refs; the fix creates them once in setup."

# Tag the new cases with their batch.
for d in scan-corpus/fixes/cases/SortableJS__Sortable__* scan-corpus/fixes/cases/varletjs__varlet__* \
         scan-corpus/fixes/cases/ganlanyuan__tiny-slider__* scan-corpus/fixes/cases/vuetifyjs__vuetify__*; do
  node -e 'const f=process.argv[1],fs=require("fs"),j=JSON.parse(fs.readFileSync(f,"utf8"));if(!j.batch){j.batch="2026-12-05h";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")}' "$d/case.json"
done
