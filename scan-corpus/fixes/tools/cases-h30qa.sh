#!/usr/bin/env bash
# Batch 2026-12-06i, list (a): leak-fix cases added by a helper from vuejs/vuex, vuejs/vitepress,
# vueuse/motion, Leaflet/Leaflet.markercluster, Foliotek/Croppie, fengyuanchen/viewerjs and
# ProseMirror/prosemirror-state (all held-out). Classified from the diffs; the scanner was not run.
# Bare clones come from the search tool's `fetch` (/work/.mirror/<owner>+<name>/repo).
# After adding, each case.json gets "batch": "2026-12-06i".
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# vuejs/vuex
add $M/vuejs+vuex/repo cb9986ae5a62e002a1d876e881ee5f31dd410888 src/store.js --repo vuejs/vuex --license MIT \
  --class runtime --kind other --receiver 'computed' --event null --line 259 --shape closure-retention \
  --desc 'each resetStoreVM (registerModule/unregisterModule) built computed getters as inline arrows whose closure context also held oldVm, so every replaced store VM stayed reachable from the new one; the fix builds them with a partial() helper that captures only fn and store'
# vuejs/vitepress
add $M/vuejs+vitepress/repo 1a72181c06d78e5e6f293e3f6abdb15caa4d2f53 src/client/theme-default/components/VPLocalNavOutlineDropdown.vue --repo vuejs/vitepress --license MIT \
  --class runtime --kind listener --receiver 'onClickOutside(main)' --event click --line 20 --shape listener-piles-up \
  --desc 'the outline dropdown registered a permanent onClickOutside document listener that piled up when pages were restored from the back/forward cache on iOS Safari; the fix adds a document click listener only while the dropdown is open and removes it when it closes'
add $M/vuejs+vitepress/repo 45968cdc509e04f8e191d28ba7d8d97b08fc578e src/node/markdown/plugins/highlight.ts --repo vuejs/vitepress --license MIT \
  --class types --kind disposable --receiver 'highlighter' --event null --line 60 --shape discarded-disposable \
  --desc 'highlight() created a new shiki highlighter on every markdown renderer creation (config reloads, content loaders) and never disposed it; the fix returns highlighter.dispose alongside the highlight function so the renderer can dispose it on reload'
# vueuse/motion
add $M/vueuse+motion/repo 269d5190eab4aee300a06d7293118a507b88134a src/useMotion.ts --repo vueuse/motion --license MIT \
  --class types --kind disposable --receiver 'useMotionProperties(target)' --event null --line 28 --shape discarded-disposable \
  --desc 'useMotion took only motionProperties from useMotionProperties(target) and dropped its stop handle, so the element style/transform watchers outlived the component; the fix keeps stop, calls it from instance.stop and runs instance.stop on unmount'
# Leaflet/Leaflet.markercluster
add $M/Leaflet+Leaflet.markercluster/repo e0d2616925f7fcf66732ada034536d3cff57435b src/MarkerClusterGroup.js --repo Leaflet/Leaflet.markercluster --license MIT \
  --class syntactic --kind listener --receiver 'this._map' --event zoomend --line 71 --shape missing-teardown \
  --desc 'onAdd registered zoomend/moveend handlers on the map but the group had no onRemove, so a removed MarkerClusterGroup stayed subscribed to (and reachable from) the map; the fix adds onRemove that unbinds them and the spiderfier map handlers'
add $M/Leaflet+Leaflet.markercluster/repo f875421fc43e50aff7d13aca348e4008a93a2727 src/MarkerClusterGroup.js --repo Leaflet/Leaflet.markercluster --license MIT \
  --class syntactic --kind listener --receiver 'map' --event zoomend --line 473 --shape listener-piles-up \
  --desc '_bindEvents (run on every onAdd) registered anonymous zoomend/layerremove handlers on the map and cluster event handlers on the group, and onRemove never unbound them, so each remove/re-add piled up handlers kept alive by the map; the fix adds _unbindEvents called from onRemove'
add $M/Leaflet+Leaflet.markercluster/repo 6c4c0f1e338c8918df8d1d5ecca76c58e75a88f7 src/MarkerCluster.Spiderfier.js --repo Leaflet/Leaflet.markercluster --license MIT \
  --class syntactic --kind listener --receiver 'this._map' --event zoomanim --line 329 --shape missing-teardown \
  --desc 'the zoomanim handler added on zoomstart was only removed when it ran, so a group removed from the map mid-zoom left it on the map; the fix also unbinds zoomanim in _spiderfierOnRemove'
add $M/Leaflet+Leaflet.markercluster/repo e894b31fc3f0a4e119efda656ca67dd9b1f385d2 src/MarkerCluster.Spiderfier.js --repo Leaflet/Leaflet.markercluster --license MIT \
  --class syntactic --kind listener --receiver 'this._map' --event zoomend --line 357 --shape missing-teardown \
  --desc '_spiderfierOnAdd registered _noanimationUnspiderfy for the map zoomend event but _spiderfierOnRemove never unbound it, so a removed group stayed subscribed to the map; the fix adds the matching off'
# fengyuanchen/viewerjs
add $M/fengyuanchen+viewerjs/repo 4404255264b93f9f73ee3fbd915811fd7f334be1 src/js/methods.js --repo fengyuanchen/viewerjs --license MIT \
  --class runtime --kind listener --receiver 'image' --event load --line 197 --shape missing-teardown \
  --desc 'view() added a once load listener (an anonymous proxy of this.load) to each new image, and resetImage removed the image from the DOM without it, so an image dropped before it loaded kept a listener bound to the viewer; the fix keeps it as this.onLoad and removes it in resetImage (render.js)'
# types cases: imported modules (README step 4)
npx tsx test/scan/eval/add-imports.ts $M/vuejs+vitepress/repo vuejs__vitepress__45968cd --depth 2 --max-lines 6000
npx tsx test/scan/eval/add-imports.ts $M/vueuse+motion/repo vueuse__motion__269d519 --depth 2 --max-lines 6000

# batch tag (add-case.ts does not know batches)
for c in vuejs__vuex__cb9986a vuejs__vitepress__1a72181 vuejs__vitepress__45968cd vueuse__motion__269d519 \
  Leaflet__Leaflet.markercluster__e0d2616 Leaflet__Leaflet.markercluster__f875421 \
  Leaflet__Leaflet.markercluster__6c4c0f1 Leaflet__Leaflet.markercluster__e894b31 fengyuanchen__viewerjs__4404255; do
  f=scan-corpus/fixes/cases/$c/case.json
  node -e "const fs=require('fs');const j=JSON.parse(fs.readFileSync('$f','utf8'));j.batch='2026-12-06i';fs.writeFileSync('$f',JSON.stringify(j,null,2)+'\n')"
done
