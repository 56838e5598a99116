#!/bin/bash
# The add-case.ts commands of every case of batch 2026-12-05g built in worktree wt-s from list (s) of the
# fourteenth batch (see ../README.md, "Decision criteria for the fourteenth fresh batch"): leak fixes in
# JavaScript, TypeScript and component files of Vue component libraries. Run from the repository root with a
# bare clone of each repository at $MIRROR/<owner>+<name>/repo (what the search tool's `fetch` makes; default
# /work/.mirror). Classes, descriptions, shapes and leak lines were written from reading the diffs and the files
# around them, before any scan of the cases (none was run in this worktree). --line is the 1-based line in the
# whole BEFORE file (a .vue file's template included). Every repository of list (s) is in the tuning half by the
# sha1 rule of ../README.md. Repositories that gave no case, and every diff read and not kept, are in
# skipped-h22s.md. add-case.ts does not know batches: the last step tags the new case folders. No file needed
# pruning (all under 1000 lines).
set -e
M=${MIRROR:-/work/.mirror}
add(){ r=$1; shift; sha=$1; shift; p=$1; shift; npx tsx test/scan/eval/add-case.ts "$M/${r/\//+}/repo" "$sha" "$p" "$@" --repo "$r"; }

# ElemeFE/mint-ui (MIT): no case (see skipped-h22s.md).

# didi/cube-ui (Apache-2.0: package.json says "Apache", the LICENSE file is the Apache License 2.0). e07f683d,
# c1178428 and 5b119b9a each have a twin commit with the same tree change on a parallel line of history (b8d60ecb,
# ab31acb2, b036c331); the ones kept are those contained in the most shipped branches (dev, master, v2, ...).
# BScroll is better-scroll 1.x, whose instances add 'resize' and 'orientationchange' listeners to window until
# destroy() is called.
add didi/cube-ui e07f683d src/common/helpers/create-api-component.js --license Apache-2.0 --class syntactic --kind listener --receiver ownerInstance --event hook:beforeDestroy --line 112 --shape per-call-on-shared --desc "create() of the create-API helper registers a 'hook:beforeDestroy' listener on the calling owner component whenever a (singleton) component gets a new owner, and that listener is only removed when it fires; when the singleton moves to another owner the old owner keeps its listener (closing over the component and its watchers), so owners that alternate pile one more listener up per switch; the fix \$off()s the previous owner's handler when the component changes owner."
add didi/cube-ui c1178428 src/components/picker/picker.vue --license Apache-2.0 --class types --kind disposable --receiver this.wheels --event null --line 261 --shape discarded-disposable --desc "When setData() gives the Picker fewer columns, the extra BetterScroll wheels (each registered on window for resize/orientationchange and holding its wheel element and the component's scrollEnd closure) were spliced out of this.wheels and dropped without destroy(), so every column removed left a live BScroll instance behind; the fix destroy()s the spliced wheels."
add didi/cube-ui 5b119b9a src/components/picker/picker.vue --license Apache-2.0 --class types --kind disposable --receiver this.wheels --event null --line 265 --shape field-overwritten --desc "show() of a Picker whose data changed while hidden (dirty) replaced this.wheels with a new array and created a new BetterScroll per column, without destroying the previous wheels, which stayed registered on window (resize/orientationchange) with their elements and closures; the fix keeps the existing wheels (refreshing them) and destroy()s only the extra ones."
add didi/cube-ui 1ef86b6f src/components/picker/picker.vue --license Apache-2.0 --class types --kind disposable --receiver this.wheels --event null --line 235 --shape 3 --desc "The Picker created a BetterScroll instance per column (_createWheel) and had no beforeDestroy/destroyed hook, so a destroyed picker left every wheel alive, each registered on window for resize/orientationchange and holding the picker's elements and its scrollEnd closure; the fix adds beforeDestroy() that turns off scrollEnd and destroy()s every wheel (the same commit's scroll.vue and slide.vue changes are not leak fixes)."

# museui/muse-ui (MIT: there is no LICENSE file and, except at fd44b34, no licence in package.json; the README's
# "Licence" section says MIT at each of the three fixes). All three commits are on master (and old, test,
# feature-3.1.0).
add museui/muse-ui 253731d src/backTop/backTop.vue --license MIT --class syntactic --kind listener --receiver window --event scroll --line 64 --shape identity-mistake --desc "BackTop's mounted() added this.scrollListener to window for 'scroll' and 'resize', but beforeDestroy() removed this.handleScroll, a method that does not exist, so every destroyed back-to-top button stayed referenced from window by both listeners; the fix removes the same (now throttled) function it adds."
add museui/muse-ui b8d42fb src/drawer/drawer.vue --license MIT --class syntactic --kind listener --receiver window --event keydown --line 95 --shape 3 --desc "Drawer's mounted() added an anonymous 'keydown' listener on window (closing the drawer on Esc) that nothing ever removed, so every drawer created and destroyed stayed reachable from window and its handler kept running; among other popup changes the commit drops this listener (Esc is handled once by the popup manager)."
add museui/muse-ui fd44b34 src/drawer/drawer.vue --license MIT --class types --kind other --receiver PopupManager --event null --line 52 --shape 3 --desc "The Drawer registers itself in the module-wide PopupManager (PopupManager.open(this) pushes it into PopupManager.instances and shows the shared overlay) when opened undocked, and only the 'open' and 'docked' watchers closed it, so a drawer destroyed while open stayed in the app-lifetime instances list (with the overlay left on the page); the fix adds beforeDestroy() calling PopupManager.close(this)."

# hilongjw/vue-lazyload (MIT). Both commits are on master and next.
add hilongjw/vue-lazyload 69b0870 src/lazy-component.js --license MIT --class types --kind other --receiver lazy --event null --line 35 --shape 3 --desc "Each <lazy-component> pushed itself into the plugin-wide Lazy instance's ListenerQueue in mounted() (lazy.addLazyBox(this), which also listens on window) and had no destroy hook, while the queue only dropped directive entries on unbind, so every destroyed lazy-component stayed in the app-lifetime queue and kept being checked on scroll; the fix adds beforeDestroy() calling lazy.removeComponent(this)."
add hilongjw/vue-lazyload 8803615 src/lazy.js --license MIT --class runtime --kind other --receiver this._observer --event null --line 108 --shape per-call-on-shared --desc "In observer mode add() made the plugin-wide IntersectionObserver observe every v-lazy element, and remove() (the directive's unbind) and removeComponent() took the listener out of the queue but never unobserve()d the element, so removed images stayed observed targets of the app-lifetime observer (kept alive by its observation list); among other mode-switch fixes the commit unobserves the element in remove() and removeComponent()."

# ElemeFE/vue-infinite-scroll (MIT). dd2a523 (pull request #58) is on master; 08aeff4 is its branch commit.
add ElemeFE/vue-infinite-scroll dd2a523 src/directive.js --license MIT --class runtime --kind listener --receiver directive.scrollEventTarget --event scroll --line 98 --shape late-connect --desc "The directive binds late (after the component's 'hook:mounted', in \$nextTick, retrying with setTimeout until the element is attached) and unbind() only removes the scroll listener if scrollEventTarget is already set, so an element unbound before doBind ran (v-if/v-else, route data loading) got its throttled 'scroll' listener added afterwards to the scroll container or window and never removed; the fix also removes it on the component's beforeDestroy."

# didi/mand-mobile (Apache-2.0: package.json says "Apache", the LICENSE file is the Apache License 2.0). bf377a30
# (#361) and 0483ac79 (#105) are the squash merges on master/dev; abe76d6c and b47ed2f1 are on master, dev and 1.x.
add didi/mand-mobile bf377a30 components/swiper/index.vue --license Apache-2.0 --class syntactic --kind listener --receiver window --event resize --line 321 --shape 3 --desc "Swiper's mounted() (through \$_bindEvents) added an anonymous 'resize' listener on window that nothing removed, and destroyed() only cleared the autoplay timer, so every destroyed swiper stayed referenced from window and re-initialised its items on each resize; the fix registers this.\$_resize and removes it (and its pending timeout) in beforeDestroy()."
add didi/mand-mobile abe76d6c components/codebox/index.vue --license Apache-2.0 --class syntactic --kind listener --receiver document --event click --line 138 --shape identity-mistake --desc "Codebox's mounted() added this.\$_handleOutClick as a 'click' listener on document and moved its keyboard element into document.body, but beforeDestroy() called document.addEventListener again instead of removeEventListener, so the listener (and the body-mounted keyboard) outlived every destroyed codebox; the fix removes the listener and the keyboard element."
add didi/mand-mobile 0483ac79 components/input-item/index.vue --license Apache-2.0 --class syntactic --kind other --receiver document.body --event null --line 408 --shape 3 --desc "With is-virtual-keyboard, InputItem's mounted() moved its number-keyboard child's element into document.body, and nothing took it out, so when an input item was destroyed with its page the keyboard's element (with its listeners and the component behind them) stayed in the body; the fix removes it in beforeDestroy()."
add didi/mand-mobile b47ed2f1 components/dialog/dialog.vue --license Apache-2.0 --class syntactic --kind other --receiver this.appendTo --event null --line 115 --shape 3 --desc "Dialog's mounted() moved its own element into the appendTo target (document.body by default) and only the Dialog.* static helper removed it after \$destroy(), so a <md-dialog> used in a template and destroyed with an ancestor left its element (and the component held by its listeners) in the body; the fix removes \$el from appendTo in beforeDestroy() (captcha gets the same fix in this commit)."

# bootstrap-vue/bootstrap-vue (MIT). cf2bfca67 (#1557), 10cb3a9bd (#3608) and c71352d67 (#4401) are squash
# merges on dev (and master, v3-dev).
add bootstrap-vue/bootstrap-vue cf2bfca67 src/mixins/clickout.js --license MIT --class syntactic --kind listener --receiver document.documentElement --event click --line 4 --shape identity-mistake --desc "The clickout mixin (used by dropdowns) added this._clickOutListener as a 'click' listener on document.documentElement in mounted() but removed it from document in beforeDestroy(), a different target, so every destroyed dropdown stayed referenced from the <html> element; the fix removes it from document.documentElement."
add bootstrap-vue/bootstrap-vue 10cb3a9bd src/components/collapse/collapse.js --license MIT --class syntactic --kind listener --receiver this.\$root --event bv::request::collapse::state --line 107 --shape 3 --desc "BCollapse's mounted() registered an anonymous 'bv::request::collapse::state' listener on this.\$root with \$root.\$on and never removed it (its other root listeners go through listenOnRoot, which removes them in beforeDestroy), so every destroyed collapse stayed reachable from the app root; the fix registers it with listenOnRoot."
add bootstrap-vue/bootstrap-vue c71352d67 src/components/tooltip/helpers/bv-tooltip.js --license MIT --class syntactic --kind timer --receiver this.visibleInterval --event null --line 722 --shape identity-mistake --desc "visibleCheck(true), run on every show of a tooltip/popover, started a 100 ms setInterval stored in this.visibleInterval, while visibleCheck(false) and the teardown cleared this.\$_visibleInterval (always null), so each show started an interval that was never cleared and kept the tooltip instance and its target alive after hide and destroy; among other cleanups the fix stores and clears the same field."

node -e '
const fs = require("fs");
const ids = [
  "didi__cube-ui__e07f683", "didi__cube-ui__c117842", "didi__cube-ui__5b119b9", "didi__cube-ui__1ef86b6",
  "museui__muse-ui__253731d", "museui__muse-ui__b8d42fb", "museui__muse-ui__fd44b34",
  "hilongjw__vue-lazyload__69b0870", "hilongjw__vue-lazyload__8803615",
  "ElemeFE__vue-infinite-scroll__dd2a523",
  "didi__mand-mobile__bf377a3", "didi__mand-mobile__abe76d6", "didi__mand-mobile__0483ac7", "didi__mand-mobile__b47ed2f",
  "bootstrap-vue__bootstrap-vue__cf2bfca", "bootstrap-vue__bootstrap-vue__10cb3a9", "bootstrap-vue__bootstrap-vue__c71352d"];
for (const id of ids) {
  const f = `scan-corpus/fixes/cases/${id}/case.json`;
  const c = JSON.parse(fs.readFileSync(f, "utf8"));
  c.batch = "2026-12-05g";
  fs.writeFileSync(f, JSON.stringify(c, null, 2) + "\n");
}'
