#!/usr/bin/env bash
# Batch 2026-12-05j, list (b): leak-fix cases from Vue component libraries (tuning half).
# Added by a helper from reading the diffs (no scan was run). Mirrors from the `fetch` tool under
# /work/.mirror/<owner>+<name>/repo. After running, set "batch": "2026-12-05j" in each case.json.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# view-design/ViewUIPlus
add $M/view-design+ViewUIPlus/repo 3be0aa12 src/components/tabs/tabs.vue --repo view-design/ViewUIPlus --license MIT \
  --class syntactic --kind other --receiver 'mutationObserver' --event null --line 352 --shape missing-teardown \
  --desc 'Tabs mounted() starts a MutationObserver on an ancestor (hidden parent) node that is only disconnected once the parent becomes visible; destroying the tabs before that left the observer (and the component via its callback) alive; the fix keeps it on this and disconnects it in beforeDestroy.'
add $M/view-design+ViewUIPlus/repo 6d017f5a src/components/select/option.vue --repo view-design/ViewUIPlus --license MIT \
  --class not-a-leak --kind listener --receiver 'this' --event on-select-close --line 75 --shape self-subscription \
  --desc 'Option subscribes with this.$on to its own events and the fix adds matching this.$off in beforeDestroy; Vue 2 already removes a component own listeners on $destroy, so nothing leaked.'

# Akryum/vue-virtual-scroller
add $M/Akryum+vue-virtual-scroller/repo 39868f7 src/components/VirtualScroller.vue --repo Akryum/vue-virtual-scroller --license MIT \
  --class syntactic --kind listener --receiver 'window' --event scroll --line 275 --shape identity-mistake \
  --desc 'Page mode adds a window scroll listener as a fresh arrow and removeWindowScroll() removes another fresh arrow, so the listener (and the scroller through it) stayed on window after destroy; the fix registers and removes the same method this.handleScroll.'
# NightCatSama/vue-slider-component
add $M/NightCatSama+vue-slider-component/repo 1901049 src/vue2-slider.vue --repo NightCatSama/vue-slider-component --license MIT \
  --class syntactic --kind listener --receiver 'window' --event resize --line 500 --shape missing-teardown \
  --desc 'created() adds this.refresh as a window resize listener that beforeDestroy never removed, so every destroyed slider stayed reachable from window; the fix removes it in unbindEvents().'
# airyland/vux
add $M/airyland+vux/repo 75781468 src/components/clocker/index.vue --repo airyland/vux --license MIT \
  --class types --kind timer --receiver 'this.clocker' --event null --line 18 --shape missing-teardown \
  --desc 'The clocker component starts a Countdown (clocker.js, a setInterval ticker whose tick handler closes over the component) and beforeDestroy only nulled this.clocker, so the interval kept running and kept the destroyed component alive; the fix calls this.clocker.remove() (stop + clearInterval) first.'
npx tsx test/scan/eval/add-imports.ts $M/airyland+vux/repo airyland__vux__7578146 --depth 2 --max-lines 6000
# KABBOUCHI/vue-tippy
add $M/KABBOUCHI+vue-tippy/repo 7d81998 src/components/Tippy.vue --repo KABBOUCHI/vue-tippy --license MIT \
  --class types --kind disposable --receiver 'this.tip' --event null --line 48 --shape discarded-disposable \
  --desc 'Tippy.vue mounted() creates a tippy.js instance on a target that may be any element found with document.querySelector (to/toSelector), and the component never destroyed it, so the outside element kept its trigger listeners and the instance holding the destroyed component content; the fix destroys this.tip in beforeDestroy.'
npx tsx test/scan/eval/add-imports.ts $M/KABBOUCHI+vue-tippy/repo KABBOUCHI__vue-tippy__7d81998 --depth 2 --max-lines 6000
add $M/KABBOUCHI+vue-tippy/repo 138eb3d src/composables/useTippy.ts --repo KABBOUCHI/vue-tippy --license MIT \
  --class types --kind disposable --receiver 'instance.value' --event null --line 79 --shape discarded-disposable \
  --desc 'The useTippy composable creates a tippy.js instance on the given target element in onMounted and never destroyed it when the owning component unmounted (listeners on the target, rendered content container kept); the fix adds onUnmounted that destroys the instance and drops the container.'
npx tsx test/scan/eval/add-imports.ts $M/KABBOUCHI+vue-tippy/repo KABBOUCHI__vue-tippy__138eb3d --depth 2 --max-lines 6000
# PeachScript/vue-infinite-loading
add $M/PeachScript+vue-infinite-loading/repo 7a14d81 src/components/InfiniteLoading.vue --repo PeachScript/vue-infinite-loading --license MIT \
  --class syntactic --kind listener --receiver 'scrollParent' --event scroll --line 71 --shape identity-mistake \
  --desc 'The scroll parent and bound scroll handler were kept in module-level variables shared by all InfiniteLoading instances, so a second instance overwrote them and destroyed() removed only the last handler, leaving earlier instances listening on their scroll parent (usually window); the fix stores both per instance.'
