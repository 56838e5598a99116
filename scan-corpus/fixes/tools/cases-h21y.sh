#!/bin/bash
# The add-case.ts commands of every case of batch 2026-12-05e built in worktree wt-y from list (y) of the
# twelfth batch (see ../README.md, "Decision criteria for the twelfth fresh batch"): leak fixes in Vue
# single-file components (.vue). Run from the repository root with a bare clone of each repository at
# $MIRROR/<owner>+<name>/repo (what the search tool's `fetch` makes; default /work/.mirror). Classes,
# descriptions, shapes and leak lines were written from reading the diffs and the files around them, before
# any scan of the cases (none was run in this worktree). --line is the 1-based line in the whole BEFORE .vue
# file (template included). Every repository of list (y) is held-out by the sha1 rule of ../README.md.
# Repositories that gave no case, and every diff read and not kept, are in skipped-h21y.md. add-case.ts does
# not know batches: the last step tags the new case folders.
# The `types` cases get no add-imports.ts step: that script does not read the imports of a .vue file, so
# they have no context modules.
set -e
M=${MIRROR:-/work/.mirror}
add(){ r=$1; shift; sha=$1; shift; p=$1; shift; npx tsx test/scan/eval/add-case.ts "$M/${r/\//+}/repo" "$sha" "$p" "$@" --repo "$r"; }

# jbaysolutions/vue-grid-layout (MIT). ac6728c and e376c56 are on master; d374067 is on the vue1 branch (the
# Vue 1 line the project kept releasing from), not on master. ac6728c fixes two files: GridItem.vue is the
# case, GridLayout.vue is __2.
add jbaysolutions/vue-grid-layout ac6728c src/GridItem.vue --class syntactic --kind listener --receiver eventBus --event updateWidth --line 193 --shape 3 --desc "GridItem's created() registered six anonymous handlers (updateWidth, compact, setDraggable, setResizable, setRowHeight, directionchange) with \$on on eventBus, a Vue instance exported by the module ./eventBus and shared by every grid on the page, and the component had no teardown, so every destroyed grid item stayed subscribed to the global bus and was kept alive (and kept reacting to other grids' events); the fix stores the handlers on the component and \$offs them in beforeDestroy()."
add jbaysolutions/vue-grid-layout ac6728c src/GridLayout.vue 2 --class syntactic --kind listener --receiver eventBus --event resizeEvent --line 94 --shape 3 --desc "GridLayout's created() registered anonymous 'resizeEvent' and 'dragEvent' handlers with \$on on the module-level eventBus (a Vue instance required from ./eventBus, shared by all layouts) and had no teardown, so each destroyed layout stayed on the global bus with its closure over the component; the fix names the handlers and \$offs them in a new beforeDestroy()."
add jbaysolutions/vue-grid-layout d374067 src/GridLayout.vue --class syntactic --kind listener --receiver window --event resize --line 98 --shape 3 --desc "On the vue1 branch, GridLayout's ready() added window 'resize' listener this.onWindowResize (in the nextTick when no width was given, and again from the window.onload handler) and the component never removed it, so every destroyed layout stayed attached to window and was kept alive, resizing itself on each window resize; the fix removes the listener in beforeDestroy()."
add jbaysolutions/vue-grid-layout e376c56 src/components/GridLayout.vue --class types --kind listener --receiver addWindowEventListener --event load --line 170 --shape 3 --desc "GridLayout's mounted() called addWindowEventListener('load', self.onWindowLoad.bind(this)) (a helper of ../helpers/DOM that adds the listener on window) with a fresh bound function that nothing kept or removed, so every layout mounted (usually long after the page's load event, which never fires again) left a window 'load' listener holding its component; the fix drops the registration (and also keeps the element-resize-detector instance to uninstall it in beforeDestroy)."

# vue-leaflet/Vue2Leaflet (MIT). Both on master.
add vue-leaflet/Vue2Leaflet 7449de0 src/components/LMap.vue --class syntactic --kind disposable --receiver this.mapObject --event null --line 153 --shape 3 --desc "LMap's mounted() created the Leaflet map with map(this.\$el, options) in this.mapObject and the component had no teardown, so the map was never removed: Leaflet's map keeps a window 'resize' listener (trackResize) and its handlers, layers and panes until map.remove(), which kept every destroyed map component alive; the fix calls this.mapObject.remove() in beforeDestroy()."
add vue-leaflet/Vue2Leaflet 0d03ee9 src/components/ImageOverlay.vue --class types --kind other --receiver this.mapObject --event null --line 66 --shape 3 --desc "ImageOverlay's deferredMountedTo() added its Leaflet image overlay (this.mapObject, whose event handlers from eventsBinder close over the component) to the parent's Leaflet map with addTo(parent), and nothing removed it when the component was destroyed, so the overlay stayed on the longer-lived map (still drawn, still holding the component); the fix removes the layer from this.\$parent.mapObject in beforeDestroy() (the same commit does it for GeoJSON and TileLayer)."

# jd-opensource/nutui (MIT). e35c29583 and e02c9122c on master/v2 (ba5b3fcea is the same swiper change on the
# nutui-jdl branch); 7dacd8aec is the squash of pull request #585 on next/v4 (a270a95fd its first commit).
add jd-opensource/nutui e35c29583 src/packages/swiper/swiper.vue --class syntactic --kind timer --receiver this.timer --event null --line 335 --shape 1 --desc "Swiper's _createAutoPlay() stored a setInterval that calls this.next() in this.timer (clearing the previous one first), but destroyed() and deactivated() only set this.timer = null without clearInterval, so a destroyed autoplaying swiper kept its interval sliding a dead component forever; the fix clears the interval (and the domTimer timeout) in both hooks."
add jd-opensource/nutui e02c9122c src/packages/countdown/countdown.vue --class syntactic --kind timer --receiver this.timer --event null --line 142 --shape 1 --desc "The countdown's initTimer(), called from created(), stored a 1 s setInterval in this.timer that is cleared only when the countdown reaches its end, and the component had no destroy hook, so a countdown destroyed before its end time (often days away) kept ticking and holding its component; the fix clears this.timer in destroyed()."
add jd-opensource/nutui 7dacd8aec src/packages/__VUE/barrage/index.vue --class syntactic --kind timer --receiver timer --event null --line 90 --shape 1 --desc "The Barrage component's run(), started in onMounted, cleared the previous interval and stored a new setInterval(play(); run()) in the setup variable timer, and nothing cleared it on unmount, so an unmounted barrage kept creating danmu elements and re-arming its interval forever; the fix clears timer in onUnmounted() (and onDeactivated())."

# heyui/heyui (MIT). Both on master. b321deb5 fixes two leaks in carousel.vue: the window resize listener is the
# case, the autoplay timer chain __2.
add heyui/heyui b321deb5 src/components/carousel/carousel.vue --class syntactic --kind listener --receiver window --event resize --line 221 --shape identity-mistake --desc "Carousel's init() added an anonymous arrow () => this.scrollOnce('immediately') as a window 'resize' listener and beforeDestroy() called window.removeEventListener('resize') with no function, which removes nothing, so every destroyed carousel left a resize listener holding it on window; the fix makes the handler a method and removes that method in beforeDestroy()."
add heyui/heyui b321deb5 src/components/carousel/carousel.vue 2 --class syntactic --kind timer --receiver this.scrollInterval --event null --line 236 --shape 1 --desc "Carousel's scroll() stored a setTimeout in this.scrollInterval whose callback advances the slide and calls scroll() again, so with autoplay on the chain runs for ever; it was cleared on hover, on clicks and when autoplay was set to 0, but beforeDestroy() did not clear it, so a destroyed autoplaying carousel kept re-arming the timer on its dead component; the fix clears the timer (renamed scrollTimeout) and the other timeouts in beforeDestroy()."
add heyui/heyui e7865e63 src/components/affix/affix.vue --class syntactic --kind listener --receiver window --event scroll --line 36 --shape identity-mistake --desc "Affix's mounted() added this.trigger as a capturing window 'scroll' listener and a window 'resize' listener and stored addEventListener's return value (undefined) in this.scrollEvent, and beforeDestroy() removed them only if this.scrollEvent was truthy (never) and then the scroll one from document.body without the capture flag, so both listeners stayed on window with the destroyed affix; the fix removes both from window with the flags they were added with, unconditionally."

# epicmaxco/vuestic-ui (MIT). 408b407af is the squash merge of #1526 on develop (f454a5a04 is the same change on
# the pull-request branch).
add epicmaxco/vuestic-ui 408b407af packages/ui/src/components/va-affix/VaAffix.vue --class types --kind listener --receiver useEventsHandlerWithThrottle --event scroll --line 134 --shape identity-mistake --desc "VaAffix's setup() called onBeforeUnmount(clearEventListeners.value) while the ref still held noop, and only later, in onMounted, stored the remover returned by useEventsHandlerWithThrottle(['scroll', 'resize'], ...) (a function of ./VaAffix-utils that adds throttled listeners on window) in the ref, so the unmount hook ran the captured noop and every unmounted affix left its scroll and resize listeners behind; the fix reads the remover when the hook runs (onBeforeUnmount(() => clearEventListeners()))."

node -e '
const fs = require("fs");
const ids = ["jbaysolutions__vue-grid-layout__ac6728c", "jbaysolutions__vue-grid-layout__ac6728c__2",
  "jbaysolutions__vue-grid-layout__d374067", "jbaysolutions__vue-grid-layout__e376c56",
  "vue-leaflet__Vue2Leaflet__7449de0", "vue-leaflet__Vue2Leaflet__0d03ee9",
  "jd-opensource__nutui__e35c295", "jd-opensource__nutui__e02c912", "jd-opensource__nutui__7dacd8a",
  "heyui__heyui__b321deb", "heyui__heyui__b321deb__2", "heyui__heyui__e7865e6",
  "epicmaxco__vuestic-ui__408b407"];
for (const id of ids) {
  const f = `scan-corpus/fixes/cases/${id}/case.json`;
  const c = JSON.parse(fs.readFileSync(f, "utf8"));
  c.batch = "2026-12-05e";
  fs.writeFileSync(f, JSON.stringify(c, null, 2) + "\n");
}'
