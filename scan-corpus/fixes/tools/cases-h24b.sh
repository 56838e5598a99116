#!/usr/bin/env bash
# Batch 2026-12-05k, list (b): leak-fix cases from Vue/UI component and player repositories (tuning half).
# Added by a helper from reading the diffs (no scan was run). Mirrors from the `fetch` tool under
# /work/.mirror/<owner>+<name>/repo. After running, set "batch": "2026-12-05k" in each case.json.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# vue-leaflet/vue-leaflet
add $M/vue-leaflet+vue-leaflet/repo 297c6f8d38a10993eed8ddd2e35083fca72fe9df src/components/LGridLayer.vue \
  --repo vue-leaflet/vue-leaflet --license MIT --class syntactic --kind listener \
  --receiver 'leafletRef.value' --event tileunload --line 67 --shape identity-mistake \
  --desc 'The grid layer registers its tileunload handler as methods.onUnload but onUnmounted removed methods.unLoad (undefined), so the handler holding the tile components stayed attached; the fix names the registered function.'

# ElemeFE/vue-amap
add $M/ElemeFE+vue-amap/repo c54b608c80cbb2a6bfe970d5b254fc4705c35ead src/lib/utils/compile.js \
  --repo ElemeFE/vue-amap --license MIT --class syntactic --kind disposable \
  --receiver 'instance' --event null --line 30 --shape discarded-disposable \
  --desc 'The custom-content helpers created and mounted a new Vue instance per marker/info-window content and returned only its $el, so the instance (and its reactive subscriptions) could never be destroyed; the fix returns the instance so the components $destroy it.'
add $M/ElemeFE+vue-amap/repo f1a84b1975a26483170d9c14995aaf97ce594305 src/lib/components/amap.vue \
  --repo ElemeFE/vue-amap --license MIT --class types --kind disposable \
  --receiver 'this.$amap' --event null --line 97 --shape missing-in-teardown \
  --desc 'The el-amap component created an AMap.Map on mount and never destroyed it when the component was destroyed; the fix calls this.$amap.destroy() in destroyed().'

# ankurk91/vue-flatpickr-component
add $M/ankurk91+vue-flatpickr-component/repo ee805522d4606e6fbe0f8997d0421213e21e4596 src/component.vue \
  --repo ankurk91/vue-flatpickr-component --license MIT --class syntactic --kind listener \
  --receiver 'this.config' --event onChange --line 68 --shape missing-in-teardown \
  --desc 'On mount the component hooks its onChange method into the parent-owned config prop (keeping the previous handler as oldOnChange) and never unhooked it, so the parent config kept the destroyed component and chained it into the next one; the fix clears config.onChange and oldOnChange on destroy.'
add $M/ankurk91+vue-flatpickr-component/repo b08519cf77cd3b70852f888e49c5fcef60c6223d src/component.vue \
  --repo ankurk91/vue-flatpickr-component --license MIT --class syntactic --kind listener \
  --receiver 'this.config' --event null --line 82 --shape per-call-on-shared \
  --desc 'Every mount concatenated an emitting closure for each flatpickr hook onto the arrays of the parent-owned config object, so the callbacks (and destroyed components) piled up on the shared config; the fix clones the config before adding the hooks.'

# atomiks/tippyjs
add $M/atomiks+tippyjs/repo 9c2d7f91fa53336d3f86310e1340476cf07cc3cb src/js/createTippy.js \
  --repo atomiks/tippyjs --license MIT --class syntactic --kind disposable \
  --receiver 'tip.popperInstance' --event null --line 718 --shape field-overwritten \
  --desc 'set() replaced tip.popperInstance with a new Popper instance without destroying the previous one, whose scroll/resize listeners stayed attached; the fix destroys the old instance first.'
add $M/atomiks+tippyjs/repo 40b7643ec73958b5198b3267db824568c21b6358 src/js/createTippy.js \
  --repo atomiks/tippyjs --license MIT --class syntactic --kind other \
  --receiver 'popperMutationObserver' --event null --line 194 --shape field-overwritten \
  --desc 'Each createPopperInstance() call (every mount and set()) created a new MutationObserver on the popper and overwrote popperMutationObserver, so only the last one was ever disconnected and the observers piled up; the fix creates the observer only once.'

# KingSora/OverlayScrollbars
add $M/KingSora+OverlayScrollbars/repo 9d0dd41d7f885e1e58a573eba16c4c2d7b8c1850 packages/overlayscrollbars/src/observers/domObserver.ts \
  --repo KingSora/OverlayScrollbars --license MIT --class runtime --kind listener \
  --receiver 'elm' --event null --line 105 --shape retention \
  --desc 'The DOM observer registered content-change listeners on every added matching element and kept their off functions in a strong Set until destroy, so removed elements stayed referenced and re-added ones got duplicate listeners; the fix keys them in a WeakMap, unregisters a previous registration and drops listeners of a destroyed observer.'

# DIYgod/DPlayer
add $M/DIYgod+DPlayer/repo 5be01ad19f500ad6e244e8159deae071e720b72e src/js/player.js 1 \
  --repo DIYgod/DPlayer --license MIT --class syntactic --kind listener \
  --receiver 'document' --event click --line 120 --shape missing-in-teardown \
  --desc 'The player constructor added a capturing click listener on document (closing over the player) that destroy() never removed, so every destroyed player stayed reachable from document; the fix keeps the handler and removes it in destroy().'
add $M/DIYgod+DPlayer/repo 5be01ad19f500ad6e244e8159deae071e720b72e src/js/hotkey.js 2 \
  --repo DIYgod/DPlayer --license MIT --class syntactic --kind listener \
  --receiver 'document' --event keydown --line 4 --shape missing-teardown \
  --desc 'HotKey added two anonymous keydown listeners on document per player and had no teardown, so they outlived a destroyed player and kept it alive; the fix binds named handlers and removes them in a new destroy() called by the player.'
add $M/DIYgod+DPlayer/repo 5be01ad19f500ad6e244e8159deae071e720b72e src/js/fullscreen.js 3 \
  --repo DIYgod/DPlayer --license MIT --class syntactic --kind listener \
  --receiver 'document' --event mozfullscreenchange --line 38 --shape missing-teardown \
  --desc 'FullScreen registered fullscreenchange handlers on document per player and had no teardown; the fix stores the handlers and removes them in a new destroy() called when the player is destroyed.'
add $M/DIYgod+DPlayer/repo 23d7d41e9f0d67d2178abdb31a7dc26ff3156966 src/js/player.js \
  --repo DIYgod/DPlayer --license MIT --class types --kind disposable \
  --receiver 'hls' --event null --line 346 --shape discarded-disposable \
  --desc 'initMSE created an Hls (and flv.js player, WebTorrent client) bound to the video in a local const and never destroyed it when the player was destroyed; the fix destroys them from a destroy event handler.'

# bytedance/xgplayer
add $M/bytedance+xgplayer/repo 33eaac6c014a090e5af4310eb0d839370e2593d5 packages/xgplayer/src/player.js \
  --repo bytedance/xgplayer --license MIT --class syntactic --kind listener \
  --receiver 'document' --event keydown --line 109 --shape missing-in-teardown \
  --desc 'The player constructor assigned a keyboard-shortcut handler closing over the player to document.onkeydown and destroy() never cleared it, so document kept the destroyed player; the fix resets document.onkeydown in destroy().'

# types cases: copy the modules their files import (README "How it was built", step 4)
npx tsx test/scan/eval/add-imports.ts $M/ElemeFE+vue-amap/repo ElemeFE__vue-amap__f1a84b1 --depth 2 --max-lines 6000
npx tsx test/scan/eval/add-imports.ts $M/DIYgod+DPlayer/repo DIYgod__DPlayer__23d7d41 --depth 2 --max-lines 6000
