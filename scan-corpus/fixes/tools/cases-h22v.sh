#!/bin/bash
# Batch 2026-12-05i, list (v): leak-fix cases added by a helper (classified from the diffs, no scan).
# Repositories (held-out half): inkline/inkline, chakra-ui/chakra-ui-vue, vueuse/vueuse,
# xiaoxian521/vue-pure-admin, antfu/slidev, Tencent/tdesign-mobile-vue, SortableJS/vue.draggable.next,
# vueform/slider, Shopify/polaris-vue. Bare clones from the search tool's `fetch` under /work/.mirror/.
# After running, each new case.json gets "batch": "2026-12-05i".
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# chakra-ui/chakra-ui-vue
add $M/chakra-ui+chakra-ui-vue/repo b13a14c3b8be93a26b11c46f0c830a64f69a7df2 packages/chakra-ui-core/src/Modal/index.js \
  --repo chakra-ui/chakra-ui-vue --license MIT --class syntactic --kind listener --receiver document --event keydown --line 97 \
  --shape missing-removal --desc 'Modal adds a keydown handler to document whenever isOpen changes and never removes it, so document keeps the destroyed modal alive; the fix removes it when the modal closes'

# vueuse/vueuse
add $M/vueuse+vueuse/repo 63a22fa2b01a2d6c38cba977c381bb4044e85599 packages/core/usePermission/index.ts \
  --repo vueuse/vueuse --license MIT --class runtime --kind listener --receiver permissionStatus --event change --line 88 \
  --shape async-context --desc 'useEventListener on the PermissionStatus is called after an await, outside the effect scope, so its auto-removal never runs; the fix registers it synchronously on a ref so scope disposal removes it'
add $M/vueuse+vueuse/repo f31de432fcc1efc37fe27b7884519cb8c76ee84b packages/core/useScrollLock/index.ts \
  --repo vueuse/vueuse --license MIT --class syntactic --kind listener --receiver ele --event touchmove --line 51 \
  --shape missing-in-teardown --desc 'the touchmove listener added by lock() (outside the setup scope) is stopped only by unlock(), so unmounting while locked leaves it on the element; the fix calls unlock on scope dispose'
add $M/vueuse+vueuse/repo 8a023fe054ab27c8b2f1a7937b33657ee20a4a68 packages/shared/until/index.ts \
  --repo vueuse/vueuse --license MIT --class runtime --kind disposable --receiver r --event null --line 75 \
  --shape immediate-before-assign --desc 'with immediate: true the watch callback can match before watch() has returned its stop handle, so stop?.() does nothing and the watcher lives on; the fix stops it on the next tick'
add $M/vueuse+vueuse/repo ffa00d25be6d6ffe54644ff205dd72b0e978e603 packages/core/useWebSocket/index.ts \
  --repo vueuse/vueuse --license MIT --class syntactic --kind timer --receiver setTimeout --event null --line 250 \
  --shape late-connect --desc 'the auto-reconnect timeout is discarded and not cleared by close() or scope disposal, so it reopens a WebSocket after its owner closed; the fix keeps it and clears it in close()'
add $M/vueuse+vueuse/repo 4714cd747bc8238eded067cecb47d75810d8c20d packages/core/useIntersectionObserver/index.ts \
  --repo vueuse/vueuse --license MIT --class syntactic --kind other --receiver observer --event null --line 19 \
  --shape ignored-cleanup-return --desc 'each watchEffect run creates an IntersectionObserver whose cleanup is returned from the effect, which watchEffect ignores, so observers pile up and stop() never disconnects them; the fix disconnects the previous observer and on stop'

# xiaoxian521/vue-pure-admin
add $M/xiaoxian521+vue-pure-admin/repo c06ce947464b6b240764da31bd3d3a92cc2a5e45 src/layout/components/panel/index.vue \
  --repo xiaoxian521/vue-pure-admin --license MIT --class types --kind listener --receiver emitter --event openPanel --line 30 \
  --shape missing-removal --desc 'the settings panel subscribes to the app-wide mitt emitter in setup and never unsubscribes, so handlers pile up per mount and keep old instances alive; the fix subscribes on mount and calls emitter.off before unmount'
add $M/xiaoxian521+vue-pure-admin/repo c06ce947464b6b240764da31bd3d3a92cc2a5e45 src/layout/components/sidebar/vertical.vue 2 \
  --repo xiaoxian521/vue-pure-admin --license MIT --class types --kind listener --receiver emitter --event logoChange --line 55 \
  --shape missing-removal --desc 'the vertical sidebar subscribes to logoChange on the app-wide mitt emitter before mount and never unsubscribes; the fix calls emitter.off before unmount'
add $M/xiaoxian521+vue-pure-admin/repo c06ce947464b6b240764da31bd3d3a92cc2a5e45 src/layout/components/tag/index.vue 3 \
  --repo xiaoxian521/vue-pure-admin --license MIT --class types --kind listener --receiver emitter --event tagViewsChange --line 475 \
  --shape missing-removal --desc 'the tags bar subscribes three handlers on the app-wide mitt emitter before mount and never unsubscribes them; the fix calls emitter.off for each before unmount'
add $M/xiaoxian521+vue-pure-admin/repo 63f1a0e64758754da48b4cb9f47f4261c3c4fd5e src/components/ReCropper/src/index.tsx \
  --repo xiaoxian521/vue-pure-admin --license MIT --class types --kind disposable --receiver tippyElRef --event null --line 378 \
  --shape discarded-disposable --desc 'every right-click creates a new useTippy instance on the cropper image from an event handler (no component scope) and never destroys it, so menus and their listeners pile up; the fix destroys it on the next click'
add $M/xiaoxian521+vue-pure-admin/repo 68330026b694a825e418bb204b46650bccd9c876 src/views/welcome.vue \
  --repo xiaoxian521/vue-pure-admin --license MIT --class runtime --kind disposable --receiver brokenLine --event null --line 67 \
  --shape missing-in-teardown --desc 'the welcome page inits an echarts instance into a module-level variable on each mount and never disposes it, so old charts stay registered; the fix disposes it and clears the variable on unmount'

# Tencent/tdesign-mobile-vue
add $M/Tencent+tdesign-mobile-vue/repo ed0fc719cda6dfd6f00b57ee8f9e266d6ab06179 src/indexes/indexes-anchor.tsx \
  --repo Tencent/tdesign-mobile-vue --license MIT --class runtime --kind other --receiver indexesProvide --event null --line 18 \
  --shape retention --desc 'each anchor registers its instance in the parent Indexes children array and never unregisters, so unmounted anchors stay referenced; the fix adds unRelation and calls it before unmount'
add $M/Tencent+tdesign-mobile-vue/repo 753974407ec0529c605397b1a30c62606c7d0cc4 src/indexes/indexes.vue \
  --repo Tencent/tdesign-mobile-vue --license MIT --class syntactic --kind timer --receiver setTimeout --event null --line 185 \
  --shape one-shot-timeout --desc 'the sidebar-tip hide timeout is not cleared when the component unmounts and then writes state of the dead component; the refactor clears it in onBeforeUnmount'
