#!/usr/bin/env bash
# Batch 2026-12-06j, list (b): leak-fix cases added by a helper from the histories of
# surmon-china/vue-quill-editor, warpcgd/vue-concise-slider, ustbhuangyi/better-scroll,
# ankurk91/vue-loading-overlay and dai-siki/vue-dragging (all held-out by the sha1 rule).
# Classified from the diffs only; the scanner was not run. Only better-scroll gave cases
# (see skipped-h30rb.md for the rest). Mirrors come from the search tool's `fetch`.
# The two `types` cases were then laid out with add-imports.ts --depth 2 --max-lines 6000,
# and "batch": "2026-12-06j" was set in each case.json afterwards.
set -e
cd "$(dirname "$0")/../../.."
BS=/work/.mirror/ustbhuangyi+better-scroll/repo
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

add $BS 75d43b1d7643a6f1cb970e42232bd3b3799f715d src/scroller/Scroller.ts --repo ustbhuangyi/better-scroll --license MIT \
  --class types --kind listener --receiver 'window' --event resize --line 106 --shape no-teardown \
  --desc 'Scroller registers window resize/orientationchange and content transitionEnd listeners through EventRegister but had no destroy, so BScroll.destroy left them attached; the fix adds Scroller.destroy that destroys the registers, hooks and behaviours'
add $BS 37d12be7d104b65fbed7ca5d199a17d4db148696 src/plugins/mouse-wheel/index.ts --repo ustbhuangyi/better-scroll --license MIT \
  --class types --kind listener --receiver 'this.scroll.scroller.wrapper' --event wheel --line 64 --shape teardown-not-called \
  --desc 'MouseWheel plugin adds wheel listeners to the wrapper via EventRegister and has a destroy, but nothing called it when the BScroll was destroyed; the fix hooks destroy to the scroll destroy hook'
add $BS 61116808d4d7ba4f609a9528b6b98312998449ac src/plugins/observe-dom/index.ts --repo ustbhuangyi/better-scroll --license MIT \
  --class syntactic --kind disposable --receiver 'this.observer' --event null --line 25 --shape teardown-not-called \
  --desc 'ObserveDOM plugin MutationObserver on the content was only disconnected on disable, never on BScroll destroy; the fix registers a destroy hook that disconnects it and unbinds the plugin hooks'
add $BS c29f7462be7194a32251f8570d4c55aeec61d73f src/scroll/snap.js --repo ustbhuangyi/better-scroll --license MIT \
  --class syntactic --kind other --receiver 'this.scroller' --event null --line 13 --shape missing-in-teardown \
  --desc 'snap loop mode inserts cloned first/last slide nodes into the scroller and never removed them on destroy, so re-creating the scroll piled up clones; the fix removes them on the destroy event'
add $BS 86470011104fb0eb00cf5283d2747bba6e6bbe2b src/scroll/scrollbar.js --repo ustbhuangyi/better-scroll --license MIT \
  --class syntactic --kind other --receiver 'this.wrapper' --event null --line 66 --shape missing-in-teardown \
  --desc 'scrollbar indicator elements appended to the wrapper stayed in the DOM after destroy (and piled up on re-creation); the fix adds _removeScrollBars/Indicator.remove used by destroy'
add $BS fd905e654479f67d76fb2e68265e8913e877762b src/scroll/inifinity.js --repo ustbhuangyi/better-scroll --license MIT \
  --class syntactic --kind timer --receiver 'setTimeout' --event null --line 344 --shape one-shot-timeout \
  --desc 'infinity scroll tombstone animation timeouts were not tracked, so they outlived destroy and touched the torn-down scroller; the fix stores the handles and clears them in destroy'

# types cases: imported modules
npx tsx test/scan/eval/add-imports.ts $BS ustbhuangyi__better-scroll__75d43b1 --depth 2 --max-lines 6000
npx tsx test/scan/eval/add-imports.ts $BS ustbhuangyi__better-scroll__37d12be --depth 2 --max-lines 6000
