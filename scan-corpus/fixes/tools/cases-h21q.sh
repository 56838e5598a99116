#!/bin/bash
# The add-case.ts commands of every case of batch 2026-12-05f built in worktree wt-q from list (q) of the
# thirteenth batch (see ../README.md, "Decision criteria for the thirteenth fresh batch"): leak fixes in Vue
# single-file components (.vue). Run from the repository root with a bare clone of each repository at
# $MIRROR/<owner>+<name>/repo (what the search tool's `fetch` makes; default /work/.mirror). Classes,
# descriptions, shapes and leak lines were written from reading the diffs and the files around them, before
# any scan of the cases (none was run in this worktree). --line is the 1-based line in the whole BEFORE .vue
# file (template included). Every repository of list (q) is held-out by the sha1 rule of ../README.md.
# Repositories that gave no case, and every diff read and not kept, are in skipped-h21q.md. add-case.ts does
# not know batches: the last step tags the new case folders. No file needed pruning (all under 500 lines).
set -e
M=${MIRROR:-/work/.mirror}
add(){ r=$1; shift; sha=$1; shift; p=$1; shift; npx tsx test/scan/eval/add-case.ts "$M/${r/\//+}/repo" "$sha" "$p" "$@" --repo "$r"; }

# Wlada/vue-carousel-3d (MIT). 848f76e is the commit of pull request #36, merged as 00a33a2 on master (also on
# maintenance/vue2).
add Wlada/vue-carousel-3d 848f76e src/Carousel3d.vue --class syntactic --kind listener --receiver window --event resize --line 397 --shape 3 --desc "Carousel3d's mounted() added this.setSize as a 'resize' listener on window (and a MutationObserver on its element), but the beforeDestroy() that removed them had been written inside the methods block, so Vue never ran it as a hook and every destroyed carousel stayed referenced from window through its resize listener; the fix moves beforeDestroy() out of methods to the component options."

# xkjyeah/vue-google-maps (MIT). All three commits (2015-12 and 2016-01, the Vue 1 components of the repository's
# GuillaumeLeclerc era) are on master, vue2, dev and the other long-lived branches.
add xkjyeah/vue-google-maps 74a55a8d src/components/polyline.vue --class syntactic --kind disposable --receiver this.polyLineObject --event null --line 118 --shape 3 --desc "The Polyline component's 'map-ready' handler created a google.maps.Polyline (with event and path listeners bound to the component) and put it on the long-lived map with setMap(this.mapObject), and nothing ever took it off, so a polyline removed by v-if or a route change stayed drawn on the map, which kept it and the component reachable; the fix adds detached() that calls setMap(null) (and attached() that puts it back)."
add xkjyeah/vue-google-maps ac194bae src/components/infoWindow.vue --class syntactic --kind disposable --receiver this.infoWindow --event null --line 83 --shape 3 --desc "The InfoWindow component's 'map-ready' handler created a google.maps.InfoWindow (with closeclick and bound event listeners closing over the component) and opened it on the long-lived map, while destroyed() only disconnected the content MutationObserver, so a destroyed info window stayed open on the map holding the component; among other changes the commit adds this.infoWindow.setMap(null) to destroyed()."
add xkjyeah/vue-google-maps 4f4d731e src/components/circle.vue --class runtime --kind disposable --receiver this.circleObject --event null --line 64 --shape late-connect --desc "The Circle component registers with the map on ready() and createCircle(), run from the 'map-ready' event once the Maps API and map have loaded, creates a google.maps.Circle with options.map set; a circle component destroyed before the map was ready (v-if, route change while the API loads) still received 'map-ready' and put a circle on the map that no hook would remove afterwards; the fix marks the component destroyed, skips the creation then, and removes an existing circle in destroyed()."

# hunterliu1003/vue-final-modal (MIT). bfd7b77 and dacac2c are on master (and the v3, dev and later branches).
add hunterliu1003/vue-final-modal bfd7b77 lib/VueFinalModal.vue --class syntactic --kind other --receiver target --event null --line 156 --shape 3 --desc "With the attach prop, VueFinalModal's mounted() moved its own element into the attach target (target.appendChild(this.\$el), e.g. document.body), and beforeDestroy() only closed the modal, so when the modal was destroyed with an ancestor (a page left, a parent removed by v-if) Vue removed the ancestor's element but the modal's element, with its listeners and the component behind them, stayed in the target; the fix removes \$el in beforeDestroy()."
add hunterliu1003/vue-final-modal dacac2c lib/VueFinalModal.vue --class syntactic --kind other --receiver this.\$vfm.modals --event null --line 156 --shape identity-mistake --desc "Every VueFinalModal pushed itself into the plugin-wide \$vfm.modals array in created(), and beforeDestroy() looked its index up in \$vfm.modals but spliced \$vfm.openedModals with it, so the destroyed modal was never taken out of the app-lifetime registry (and an unrelated opened modal could be dropped instead); the fix splices \$vfm.modals."

# staskjs/vue-slick (ISC: package.json; no LICENSE file). 18d72bf and d034b33 (pull request #41, merged as 4104ea3)
# are on master. 18d72bf fixes a typo that 0ae92df had introduced two weeks before; package.json stayed at 1.1.5
# (published before 0ae92df) over both, so the leak it fixes was probably never in a published version (see skipped-h21q.md).
add staskjs/vue-slick 18d72bf slickCarousel.vue --class syntactic --kind disposable --receiver '$slick' --event null --line 51 --shape identity-mistake --desc "reSlick() calls destroy() and then create(), which runs \$slick.slick(this.options) on the component's element; destroy() called \$(this.el).slick('unslick') on the undefined this.el instead of this.\$el, so the old Slick instance was never unslicked and every reSlick() left one behind with its namespaced window resize/orientationchange listeners and timers; the fix unslicks \$(this.\$el)."
add staskjs/vue-slick d034b33 slickCarousel.vue --class syntactic --kind listener --receiver '$slick' --event afterChange --line 39 --shape per-call-on-shared --desc "create() bound eleven handlers (afterChange, beforeChange, breakpoint, destroy, edge, init, reInit, setPosition, swipe, lazyLoaded, lazyLoadError) to the component's element with jQuery on(), and destroy(), which reSlick() runs before create() again, only unslicked, so every reSlick() added another full set of handlers (each slick event emitted once more per call); the fix removes all eleven with off() in destroy()."

node -e '
const fs = require("fs");
const ids = ["Wlada__vue-carousel-3d__848f76e",
  "xkjyeah__vue-google-maps__74a55a8", "xkjyeah__vue-google-maps__ac194ba", "xkjyeah__vue-google-maps__4f4d731",
  "hunterliu1003__vue-final-modal__bfd7b77", "hunterliu1003__vue-final-modal__dacac2c",
  "staskjs__vue-slick__18d72bf", "staskjs__vue-slick__d034b33"];
for (const id of ids) {
  const f = `scan-corpus/fixes/cases/${id}/case.json`;
  const c = JSON.parse(fs.readFileSync(f, "utf8"));
  c.batch = "2026-12-05f";
  fs.writeFileSync(f, JSON.stringify(c, null, 2) + "\n");
}'
