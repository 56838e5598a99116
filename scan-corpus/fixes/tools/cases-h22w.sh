#!/bin/bash
# The add-case.ts commands of every case of batch 2026-12-05i built in worktree wt-w from list (w): leak fixes in
# JavaScript, TypeScript and component files of vueComponent/ant-design-vue, quasarframework/quasar, oruga-ui/oruga,
# bootstrap-vue-next/bootstrap-vue-next, unovue/reka-ui, tailwindlabs/headlessui and Akryum/floating-vue. Run from
# the repository root with a bare clone of each repository at $MIRROR/<owner>+<name>/repo (what the search tool's
# `fetch` makes; default /work/.mirror). Classes, descriptions, shapes and leak lines were written by a helper from
# reading the diffs and the files around them, before any scan of the cases (none was run in this worktree).
# --line is the 1-based line in the whole BEFORE file (a .vue file's template included). Every repository of
# list (w) is in the tuning half by the sha1 rule of ../README.md. Every diff read and not kept is in
# skipped-h22w.md. add-case.ts does not know batches: the last step tags the new case folders. No file needed
# pruning. The three `types` cases (BModal, BPopover, headlessui's Vue popover) were added without add-imports.ts
# context: their receivers' types come from a package (bootstrap) or from hooks in other modules of the repository.
set -e
M=${MIRROR:-/work/.mirror}
add(){ r=$1; shift; sha=$1; shift; p=$1; shift; npx tsx test/scan/eval/add-case.ts "$M/${r/\//+}/repo" "$sha" "$p" "$@" --repo "$r"; }

# vueComponent/ant-design-vue (MIT, package.json "license").
add vueComponent/ant-design-vue 9855e438054e11fe285ac5c63a73c473b3ec2a14 components/_util/wave/index.tsx --license MIT \
  --class syntactic --kind listener --receiver node --event click --line 77 --shape identity-mistake \
  --desc "The Wave component's click listener is a const declared inside the nextTick callback, shadowing the outer onClick that clear() removes (undefined), so every disabled toggle and the unmount leave the capture click listener on the node and a new one piles up; the fix assigns the outer onClick and removes it before re-adding."
add vueComponent/ant-design-vue bb443a05e2496442111c15182d93798a6683ef2e components/_util/wave/WaveEffect.tsx --license MIT \
  --extra components/_util/wave/useWave.ts \
  --class runtime --kind disposable --receiver holder --event null --line 161 --shape discarded-disposable \
  --desc "showWaveEffect renders a WaveEffect app (with its ResizeObserver and timeout) into a holder div and returns nothing, so a button unmounted or clicked again before the effect's own removal keeps the rendered tree alive; the fix returns a disposer that unrenders and removes the holder, called by useWave before each new wave and on unmount."
add vueComponent/ant-design-vue fc9b52e6e79c0850dcd865eaa35044a370fb3f80 components/_util/raf.ts --license MIT \
  --class runtime --kind timer --receiver setTimeout --event null --line 1 --shape timer-id-coerced \
  --desc "The server-side raf fallback coerces Node's Timeout object to a number (+setTimeout(...)), which makes Node keep every such timer in its id-lookup table, so each SSR render piles up timers; the fix returns the Timeout object itself."

# quasarframework/quasar (MIT, LICENSE at the root).
add quasarframework/quasar 45b1e0c3859e16e0c02a951b8e4b9f094978a7c3 ui/src/components/btn/QBtn.js --license MIT \
  --class syntactic --kind listener --receiver target --event touchend --line 131 --shape conditional-removal \
  --desc "QBtn's touchstart stores the touched child (e.target) as touchTarget and adds touchcancel/touchend listeners to it, but __cleanup only removes them when touchTarget === this.\$el, so a touch on an inner element leaves both listeners attached (and re-adds them on each touch); the fix stores this.\$el."
add quasarframework/quasar e8ac010f0956c6ce1bb38be1fcdcf3bd336f86cc ui/src/components/tooltip/QTooltip.js --license MIT \
  --class syntactic --kind listener --receiver this.scrollTarget --event scroll --line 186 --shape identity-mistake \
  --desc "QTooltip adds this.hide as the scroll listener of its scroll target on show but __unconfigureScrollTarget removes this.updatePosition from it, so every show leaves a scroll listener (holding the tooltip) on the scroll container or window; the fix removes this.hide."
add quasarframework/quasar 6082741165fd31c58f12b7a5cbf3b0cde85b2de2 ui/src/components/tooltip/QTooltip.js --license MIT \
  --class syntactic --kind disposable --receiver this.observer --event null --line 88 --shape missing-in-teardown \
  --desc "QTooltip creates a MutationObserver on each show and disconnects it only in __hide, so a tooltip destroyed while shown (teardown goes through __anchorCleanup) keeps its observer alive; the fix disconnects it in __anchorCleanup."
add quasarframework/quasar 82683a93134856148e2d238a0afe2441b8e2c08e ui/src/components/infinite-scroll/QInfiniteScroll.js --license MIT \
  --class syntactic --kind listener --receiver this.__scrollTarget --event scroll --line 149 --shape identity-mistake \
  --desc "QInfiniteScroll registers this.poll as the scroll listener of its scroll target, but a debounce prop change replaces this.poll with a new debounced function, so later removals (stop, target change, beforeDestroy) name the new function and the old listener stays on the scroll target; the fix swaps the listener when poll changes."

# oruga-ui/oruga (MIT, LICENSE at the root and packages/oruga-next/package.json).
add oruga-ui/oruga c16fce118c3451a2bff1cd37204f41939c8144bd packages/oruga-next/src/utils/MatchMediaMixin.ts --license MIT \
  --class syntactic --kind listener --receiver this.matchMediaRef --event change --line 34 --shape identity-mistake \
  --desc "MatchMediaMixin adds this.onMatchMedia to a window.matchMedia query list in created() but beforeUnmount removes this.checkMatchMedia (a method that does not exist), so every unmounted component using the mixin stays subscribed to the media query; the fix adds and removes the same onMatchMedia handler."

# bootstrap-vue-next/bootstrap-vue-next (MIT, LICENSE at the root; the monorepo's package.json has no "license").
add bootstrap-vue-next/bootstrap-vue-next 6ddf7af0455adbb501c4b29cd5a04cf57e57fb8d packages/bootstrap-vue-3/src/composables/useCountdown.ts --license MIT \
  --class syntactic --kind timer --receiver setInterval --event null --line 36 --shape missing-in-teardown \
  --desc "useCountdown starts a one-second setInterval (restarted by resetInterval) that is only cleared when the countdown timeout fires, pauses or stops, so a component unmounted mid-countdown (or before starting) keeps a ticking interval writing to its refs; the fix stops the timeout and clears the interval in onBeforeUnmount."
add bootstrap-vue-next/bootstrap-vue-next 1c54484d2f60a32dedd541966c9c8d360976c295 packages/bootstrap-vue-3/src/components/BModal.vue --license MIT \
  --class types --kind disposable --receiver instance.value --event null --line 310 --shape missing-in-teardown \
  --desc "BModal lazily creates a Bootstrap Modal instance on its element (which registers the element in Bootstrap's data map and binds its event handlers) and never disposes it, so an unmounted BModal's element and instance stay referenced; the fix calls instance.value.dispose() in onBeforeUnmount."
add bootstrap-vue-next/bootstrap-vue-next a9491b4290936ec3998b23228d5368a521cf1394 src/components/BPopover.vue --license MIT \
  --class types --kind disposable --receiver instance.value --event null --line 108 --shape missing-in-teardown \
  --desc "BPopover creates a Bootstrap Popover on its target element on mount and never disposes it (neither on unmount nor when the target changes), so the popover instance with its listeners on the target outlives the component; the fix disposes it in onBeforeUnmount and before re-creating it on a target change."

# unovue/reka-ui (MIT, packages/radix-vue/package.json "license" and LICENSE at the root; the root package.json has none).
add unovue/reka-ui 74872bb2c0b65c11d1ce72b20e6dab803cb45622 packages/radix-vue/src/ScrollArea/ScrollAreaScrollbarScroll.vue --license MIT \
  --class syntactic --kind listener --receiver viewport --event scroll --line 71 --shape missing-cleanup-in-effect \
  --desc "ScrollAreaScrollbarScroll adds a scroll listener to the viewport inside a watchEffect without an onCleanup, so each re-run (viewport or direction change) piles up another handler and all of them outlive the unmounted scrollbar (the idle-hide setTimeout is not cleared either); the fix removes the listener and clears the timeout in onCleanup."

# tailwindlabs/headlessui (MIT, packages/@headlessui-vue and @headlessui-react package.json "license", LICENSE at the root).
add tailwindlabs/headlessui 35367453a8c1360e092b8e54cbc81abda99c7bc7 packages/@headlessui-vue/src/components/popover/popover.ts --license MIT \
  --class types --kind listener --receiver window --event keydown --line 409 --shape per-render-registration \
  --desc "PopoverButton calls useTabDirection() inside its render function; that hook (another module) registers a window keydown listener through a watchEffect, which created during render is bound to no component scope, so every re-render adds a window listener that is never removed; the fix calls it once in setup."
add tailwindlabs/headlessui a12f9f245f7a7a3baca1c52e25fd05642a0e11e8 packages/@headlessui-react/src/machine.ts --license MIT \
  --class runtime --kind listener --receiver 'this.#eventSubscribers.get(type)' --event null --line 44 --shape per-call-on-shared \
  --desc "On the server, components never unmount, so machines never dispose the event subscriptions they add with on()/subscribe() (e.g. each Menu/Listbox/Combobox machine subscribing to the module-level stack machine), and these pile up across SSR requests; the fix disposes server-side machines in a microtask and makes on()/subscribe() no-ops on the server."

# Akryum/floating-vue (ISC at this commit, package.json "license").
add Akryum/floating-vue f16bc849c3fef1a4d200d9eda5ef5ae075f2d21c src/components/Popper.vue --license ISC \
  --class syntactic --kind other --receiver openPoppers --event null --line 377 --shape missing-in-teardown \
  --desc "An opened Popper pushes itself onto the module-level openPoppers array and only \$_hide removes it, but dispose() (run from beforeDestroy) calls hide() which just schedules \$_hide and then sets isOpen = false, so the scheduled \$_hide returns early and a popper destroyed while open stays in the global array for good; the fix removes it from openPoppers in dispose()."

# Tag the new cases with their batch.
for d in scan-corpus/fixes/cases/vueComponent__ant-design-vue__* scan-corpus/fixes/cases/quasarframework__quasar__* \
         scan-corpus/fixes/cases/oruga-ui__oruga__* scan-corpus/fixes/cases/bootstrap-vue-next__bootstrap-vue-next__* \
         scan-corpus/fixes/cases/unovue__reka-ui__* scan-corpus/fixes/cases/tailwindlabs__headlessui__* \
         scan-corpus/fixes/cases/Akryum__floating-vue__*; do
  node -e 'const f=process.argv[1],fs=require("fs"),j=JSON.parse(fs.readFileSync(f,"utf8"));if(!j.batch){j.batch="2026-12-05i";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")}' "$d/case.json"
done
