#!/bin/bash
# The add-case.ts commands of every case of batch 2026-12-05j built in worktree wt-ja from list (a): leak fixes in
# JavaScript, TypeScript and component files of JosephusPaye/Keen-UI, lusaxweb/vuesax, nathanreyes/v-calendar,
# vuepic/vue-datepicker, bcakmakoglu/vue-flow, Splidejs/vue-splide, Norserium/vue-advanced-cropper,
# lakb248/vue-scroller and FE-Driver/vue-beauty. Run from the repository root with a bare clone of each repository at
# $MIRROR/<owner>+<name>/repo (what the search tool's `fetch` makes; default /work/.mirror). Classes, descriptions,
# shapes and leak lines were written by a helper from reading the diffs and the files around them, without any scan
# of the cases (none was run in this worktree). --line is the 1-based line in the whole BEFORE file (a .vue file's
# template included). Every repository of list (a) is in the held-out half by the sha1 rule of ../README.md.
# vuepic/vue-datepicker and lakb248/vue-scroller could not be fetched (no snapshot available); Keen-UI and
# vue-splide gave no case. Every diff read and not kept is in skipped-h23a.md. add-case.ts does not know batches:
# the last step tags the new case folders. No file needed pruning. The `types` cases were added without
# add-imports.ts context.
set -e
M=${MIRROR:-/work/.mirror}
add(){ r=$1; shift; sha=$1; shift; p=$1; shift; npx tsx test/scan/eval/add-case.ts "$M/${r/\//+}/repo" "$sha" "$p" "$@" --repo "$r"; }

# lusaxweb/vuesax (MIT, package.json "license" and LICENSE).
add lusaxweb/vuesax ba8777f7a42dd564a908f244ca0667ceba542613 src/components/vsTable/vsTable.vue --license MIT \
  --class syntactic --kind listener --receiver window --event resize --line 185 --shape missing-in-teardown \
  --desc "vsTable adds a window resize listener (listenerChangeWidth) in mounted and never removes it, so every destroyed table stays reachable from window; the fix removes it in destroyed."
add lusaxweb/vuesax 247db529a0890ec80acd11bca86614e277a385d2 src/components/vsCollapse/vsCollapseItem.vue --license MIT \
  --class syntactic --kind listener --receiver window --event resize --line 94 --shape missing-in-teardown \
  --desc "vsCollapseItem adds a window resize listener (changeHeight) in mounted with no teardown, so each destroyed collapse item stays bound to window; the fix removes it in beforeDestroy."

# nathanreyes/v-calendar (MIT, package.json "license").
add nathanreyes/v-calendar 4474e3676fca1e9cba565086d1bbd01b7bc433de src/components/DatePicker.vue --license MIT \
  --class syntactic --kind listener --receiver document --event keydown --line 364 --shape wrong-event \
  --desc "DatePicker registers document keydown and tap/click handlers in mounted and removes them in this.\$once('beforeDestroy'), an event Vue 2 never emits (hook events are 'hook:beforeDestroy'), so both stay on document after destroy; the fix removes them in a destroyed hook."
add nathanreyes/v-calendar 4474e3676fca1e9cba565086d1bbd01b7bc433de src/components/Popover.vue 2 --license MIT \
  --class types --kind disposable --receiver this.popper --event null --line 327 --shape missing-in-teardown \
  --desc "Popover's Popper instance (createPopper, which binds scroll/resize listeners) is destroyed only in the leave transition's afterLeave, so a popover destroyed while open keeps its Popper alive; the fix calls destroyPopper in beforeDestroy."
add nathanreyes/v-calendar 3d312250165f5e4b3278602cb3ee2dd956e7f3da src/components/DatePicker.vue --license MIT \
  --class syntactic --kind listener --receiver document --event click --line 365 --shape on-instead-of-off \
  --desc "DatePicker's destroyed hook calls on(document, 'click', this.onDocumentClick) instead of off(...), so the document click listener added in mounted is never removed (and is added again) on destroy; the fix calls off."

# bcakmakoglu/vue-flow (MIT, package.json "license" and LICENSE).
add bcakmakoglu/vue-flow 9031b46b57a73514e03f8b3ad70ca5bc4cd2852e packages/vue-flow/src/container/VueFlow/watch.ts --license MIT \
  --class types --kind listener --receiver store --event nodesChange --line 163 --shape missing-in-teardown \
  --desc "The applyDefault and autoConnect watchers register the default change/connect handlers on the store's event hooks and nothing removes them when the component's watch scope is stopped, so a store that outlives a remounted VueFlow piles up handlers; the fix removes them in the watchers' onCleanup."
add bcakmakoglu/vue-flow 8651019eb615186b595d47fe9dd553c229f845fe packages/core/src/composables/useVueFlow.ts --license MIT \
  --class types --kind listener --receiver state --event nodesChange --line 147 --shape identity-mistake \
  --desc "The applyDefault watcher creates new change-handler closures on every run, so its off() branch removes functions that were never added and the handlers registered earlier stay on the store's hooks and pile up on each toggle; the fix removes the registered ones in onCleanup."
add bcakmakoglu/vue-flow 785f147236c644887d4e104734d711605ad1301f packages/core/src/composables/useKeyPress.ts --license MIT \
  --class syntactic --kind listener --receiver window --event blur --line 85 --shape per-change-registration \
  --desc "useKeyPress calls useEventListener(window, 'blur') and onKeyStroke inside the keyFilter watcher, so every later keyFilter change adds another window blur and keydown/keyup listener outside any effect scope that would remove it; the fix registers them once in setup."

# Norserium/vue-advanced-cropper (MIT, package.json "license").
add Norserium/vue-advanced-cropper 583d2b3ace8d49a22302a759f4c7724bbb5a52a6 src/components/helpers/Preview.vue --license MIT \
  --class syntactic --kind listener --receiver window --event resize --line 161 --shape teardown-not-called \
  --desc "On the Vue 3 branch Preview removes its window resize/orientationchange listeners in a Vue 2 'destroyed' hook, which Vue 3 never calls, so every unmounted preview stays bound to window; the fix renames the hook to unmounted."

# FE-Driver/vue-beauty (MIT, package.json "license" and LICENSE).
add FE-Driver/vue-beauty 569d256a4c03fcde5d863994a7c81ba974e607fc vb/components/datepicker/datepicker.vue --license MIT \
  --class syntactic --kind listener --receiver window --event resize --line 244 --shape missing-in-teardown \
  --desc "The datepicker adds an anonymous window resize listener (with a debounce timer) in ready and never removes it, so each destroyed picker stays bound to window; the fix makes it a method and removes it in beforeDestroy."
add FE-Driver/vue-beauty 2f6adcccd387a4ceb1083f01840116ec2ab44000 vb/components/more-panel/more-panel.vue --license MIT \
  --class syntactic --kind listener --receiver window --event resize --line 56 --shape missing-in-teardown \
  --desc "morePanel adds an anonymous window resize listener in mounted and has no teardown, so every destroyed panel stays bound to window; the fix passes this.ifShowBtn and removes it in beforeDestroy."
add FE-Driver/vue-beauty ed7e3e12cbc8e7c2851748ec642cf4a3acc2d811 vb/components/data-table/data-table.vue --license MIT \
  --class syntactic --kind listener --receiver window --event resize --line 473 --shape missing-in-teardown \
  --desc "data-table adds an anonymous window resize listener in created and never removes it, so each destroyed table stays bound to window; the fix passes this.calculateSize and removes it in beforeDestroy."

# Tag the new cases with their batch.
for d in scan-corpus/fixes/cases/lusaxweb__vuesax__* scan-corpus/fixes/cases/nathanreyes__v-calendar__* \
         scan-corpus/fixes/cases/bcakmakoglu__vue-flow__* scan-corpus/fixes/cases/Norserium__vue-advanced-cropper__* \
         scan-corpus/fixes/cases/FE-Driver__vue-beauty__*; do
  node -e 'const f=process.argv[1],fs=require("fs"),j=JSON.parse(fs.readFileSync(f,"utf8"));if(!j.batch){j.batch="2026-12-05j";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")}' "$d/case.json"
done
