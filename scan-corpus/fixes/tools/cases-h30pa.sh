#!/usr/bin/env bash
# Batch 2026-12-06h, list (a): leak-fix cases from Tencent/tdesign-vue, inkline/inkline,
# shentao/vue-multiselect, sagalbot/vue-select, SortableJS/Vue.Draggable, xiaokaike/vue-color.
# Added by a helper from bare mirrors fetched into /work/.mirror; classified from the diffs, no scan.
# After running, set "batch": "2026-12-06h" in each new case.json.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# Tencent/tdesign-vue (MIT)
add $M/Tencent+tdesign-vue/repo 912136e0853c692045685106c65ed8dd2dbdf613 src/select/select.tsx --repo Tencent/tdesign-vue --license MIT \
  --class syntactic --kind listener --receiver document --event keydown --line 429 --shape missing-in-teardown \
  --desc 'Select adds a document keydown listener in a watch on visible and removes it only when the watch sees visible turn false; unmounting before that left the listener on document, so the fix removes it in onUnmounted.'
add $M/Tencent+tdesign-vue/repo c14ee932699b57f185f5507597133c0be5135a7d src/popup/popup.tsx --repo Tencent/tdesign-vue --license MIT \
  --class syntactic --kind listener --receiver document --event click --line 110 --shape missing-in-teardown \
  --desc 'Popup adds a document click listener when it opens and removes it only when it closes; a popup destroyed while open kept its handler on document, so the fix also removes it in beforeDestroy.'
add $M/Tencent+tdesign-vue/repo e3cb410fdff3f77f7adfb2354df0c4b1a2e838e1 src/image-viewer/image-viewer.tsx --repo Tencent/tdesign-vue --license MIT \
  --class syntactic --kind listener --receiver window --event keydown --line 157 --shape missing-in-teardown \
  --desc 'Image viewer adds a window keydown listener each time it becomes visible and removes it only in its close handler, never on unmount; the fix drops the window listener for a keydown handler on its own element.'

# sagalbot/vue-select (MIT)
add $M/sagalbot+vue-select/repo f2479434e4223e7fb5b23a6b43a41ad23b1f7202 docs/.vuepress/components/PositionedWithPopper.vue --repo sagalbot/vue-select --license MIT \
  --class syntactic --kind disposable --receiver 'createPopper(component.$refs.toggle, dropdownList, {...})' --event null --line 42 --shape discarded-disposable \
  --desc 'The calculatePosition example creates a Popper instance each time the dropdown opens and discards it, so its scroll/resize listeners and elements stayed alive; the fix returns a function that destroys the popper when the list is removed.'

# SortableJS/Vue.Draggable (MIT)
add $M/SortableJS+Vue.Draggable/repo 781b9ea1a4a99a4a2bf1a6767ec5fd73410ca2b7 src/vuedragablefor.js --repo SortableJS/Vue.Draggable --license MIT \
  --class types --kind disposable --receiver this.sortable --event null --line 43 --shape missing-in-teardown \
  --desc 'The dragable-for directive creates a Sortable on the parent element in bind and left unbind empty, so every unbound list kept its Sortable instance and its DOM listeners; the fix destroys it in unbind.'
add $M/SortableJS+Vue.Draggable/repo bb5a03e805bd903609f4b820c076e6756b10f8b8 src/vuedraggable.js --repo SortableJS/Vue.Draggable --license MIT \
  --class types --kind disposable --receiver this._sortable --event null --line 61 --shape missing-in-teardown \
  --desc 'The draggable component creates a Sortable on its element in mounted and had no teardown, so destroyed components stayed registered with Sortable; the fix destroys the instance in beforeDestroy.'
npx tsx test/scan/eval/add-imports.ts $M/SortableJS+Vue.Draggable/repo SortableJS__Vue.Draggable__781b9ea --depth 2 --max-lines 6000
npx tsx test/scan/eval/add-imports.ts $M/SortableJS+Vue.Draggable/repo SortableJS__Vue.Draggable__bb5a03e --depth 2 --max-lines 6000
