#!/usr/bin/env bash
# Batch 2026-12-06j, list (a): cases added by a helper from AT-UI/at-ui, ydcss/vue-ydui,
# wangdahoo/vonic, vuejs/vue-touch and vue-bulma/vue-admin (all held-out). Classified from the
# diffs only; the scanner was not run. Diffs read and not kept: skipped-h30ra.md.
# Run from the repository root; the bare clones come from the search tool's `fetch`.
set -e
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# ydcss/vue-ydui (MIT)
add $M/ydcss+vue-ydui/repo 5e04de12 src/components/infinitescroll/src/infinitescroll.vue --repo ydcss/vue-ydui --license MIT \
  --class syntactic --kind listener --receiver 'this.scrollview' --event scroll --line 38 --shape identity-mistake \
  --desc 'An anonymous scroll listener is added to the scroll view (often window) but destroyed() removes scrollHandler, a different function, so it stays; the fix registers and removes the same method.'
add $M/ydcss+vue-ydui/repo c35d0abf src/components/dialog/src/notify/index.js --repo ydcss/vue-ydui --license MIT \
  --class syntactic --kind listener --receiver 'instance.$el' --event click --line 35 --shape per-call-on-shared \
  --desc 'Every Notify() call adds a new anonymous click listener to the element of the module-level singleton instance and never removes it; the fix uses one named handler removed on close.'
add $M/ydcss+vue-ydui/repo c23933a8 src/components/countdown/src/countdown.vue --repo ydcss/vue-ydui --license MIT \
  --class syntactic --kind timer --receiver 'this.timer' --event null --line 40 --shape missing-teardown \
  --desc 'The countdown setInterval keeps ticking (and holding the component) after the component is destroyed; the fix clears it in destroyed().'
add $M/ydcss+vue-ydui/repo 5f8a2114 src/components/countdown/src/countdown.vue --repo ydcss/vue-ydui --license MIT \
  --class syntactic --kind timer --receiver 'this.timer' --event null --line 61 --shape field-overwritten \
  --desc 'The time watcher calls run() again, which stores a new setInterval in this.timer without clearing the running one, so old intervals pile up; the fix clears before re-running.'
add $M/ydcss+vue-ydui/repo 2adb3e4d src/components/sendcode/src/sendcode.vue --repo ydcss/vue-ydui --license MIT \
  --class syntactic --kind timer --receiver 'this.timer' --event null --line 67 --shape field-overwritten \
  --desc 'Resetting the value to false leaves the countdown interval running and a restart overwrites this.timer with a second interval; the fix clears the interval when the value turns false.'
add $M/ydcss+vue-ydui/repo b81629b2 src/components/rollnotice/src/rollnotice.vue --repo ydcss/vue-ydui --license MIT \
  --class syntactic --kind timer --receiver 'this.timer' --event null --line 86 --shape field-overwritten \
  --desc 'Re-initialising (ready watcher) starts another autoplay setInterval over this.timer without clearing the old one; the fix clears the interval at the start of init().'

# wangdahoo/vonic (MIT at the fix)
add $M/wangdahoo+vonic/repo 086954b src/components/swiper/core.js --repo wangdahoo/vonic --license MIT \
  --class syntactic --kind listener --receiver 'container' --event webkitTransitionEnd --line 159 --shape identity-mistake \
  --desc 'unbind() removes the webkitTransitionEnd listener as events.transitonEnd (a typo, undefined), so the registered events.transitionEnd handler is never removed; the fix corrects the name.'

# vuejs/vue-touch (MIT in package.json at the fix; LICENSE file added later)
add $M/vuejs+vue-touch/repo f996571 vue-touch.js --repo vuejs/vue-touch --license MIT \
  --class syntactic --kind listener --receiver 'mc' --event null --line 96 --shape identity-mistake \
  --desc 'update() adds each new handler to the Hammer manager but never stores it in this.handler, so the teardown of the old handler on update never fires and handlers pile up; the fix stores it.'

# vue-bulma/vue-admin (MIT)
add $M/vue-bulma+vue-admin/repo 443fb89 src/components/ui/Datepicker.vue --repo vue-bulma/vue-admin --license MIT \
  --class types --kind disposable --receiver 'this.datepicker' --event null --line 46 --shape misspelled-dispose \
  --desc 'beforeDestroy calls this.datepicker.destory(), a method the flatpickr-based Datepicker lacks, so the picker is never destroyed; the fix calls destroy().'
npx tsx test/scan/eval/add-imports.ts $M/vue-bulma+vue-admin/repo vue-bulma__vue-admin__443fb89 --depth 2 --max-lines 6000
