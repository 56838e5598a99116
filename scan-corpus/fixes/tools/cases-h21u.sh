#!/bin/bash
# The add-case.ts commands of every case of batch 2026-12-05d built in worktree wt-u from list (u) of the
# eleventh batch (see ../README.md, "Decision criteria for the eleventh fresh batch"): leak fixes in Vue
# single-file components (.vue). Run from the repository root with a bare clone of each repository at
# $MIRROR/<owner>+<name>/repo (what the search tool's `fetch` makes; default /work/.mirror). Classes,
# descriptions, shapes and leak lines were written from reading the diffs and the files around them, before
# any scan of the cases (none was run in this worktree). --line is the 1-based line in the whole BEFORE .vue
# file (template included). Every repository of list (u) is held-out by the sha1 rule of ../README.md.
# Repositories that gave no case, and every diff read and not kept, are in skipped-h21u.md. add-case.ts does
# not know batches: the last step tags the new case folders.
# The one `types` case (emqx/MQTTX 4d8530d7) gets no add-imports.ts step: that script does not read the
# imports of a .vue file, so it has no context modules.
set -e
M=${MIRROR:-/work/.mirror}
add(){ r=$1; shift; sha=$1; shift; p=$1; shift; npx tsx test/scan/eval/add-case.ts "$M/${r/\//+}/repo" "$sha" "$p" "$@" --repo "$r"; }

# bastienwirtz/homer (Apache-2.0). 0b12a55 is the head of pull request #1049 (refs/pull/1049/head), not merged
# into main when fetched: main still has the bound listener.
add bastienwirtz/homer 0b12a55 src/components/SearchInput.vue --class syntactic --kind listener --receiver document --event keydown --line 40 --shape identity-mistake --desc "SearchInput's mounted() added this._keyListener.bind(this) as a 'keydown' listener on document and beforeUnmount() removed the unbound this._keyListener, a different function object, so the listener was never removed and every re-created search input (config reload, page change) left one more document keydown handler holding its destroyed component; the fix binds the function once, stores the bound one and passes it to both calls."
add bastienwirtz/homer 8315245 src/components/ConnectivityChecker.vue --class syntactic --kind listener --receiver document --event visibilitychange --line 32 --shape 3 --desc "ConnectivityChecker's created() added anonymous listeners for document 'visibilitychange' and window 'online'/'offline' (the first two closing over the component through 'that') and the component had no unmount hook, so each mount of the checker (it sits under v-if of the config) left three global listeners behind; the fix turns them into methods and removes all three in beforeUnmount()."
add bastienwirtz/homer 8953965 src/components/services/Ping.vue --class syntactic --kind timer --receiver setInterval --event null --line 46 --shape 3 --desc "The Ping service card's created() started setInterval(this.fetchStatus, updateInterval) when an update interval was configured and discarded the handle, and nothing cleared it, so every card destroyed by a page or config change kept polling its endpoint and kept the component alive; the fix drops the per-component interval for a central scheduler the service mixin registers with and unregisters from in beforeUnmount() (the same change is made in about twenty service cards; only Ping.vue is taken)."

# iview/iview (MIT). f2cd8c25 is the head of pull request #6674 (refs/pull/6674/head), not merged.
add iview/iview f2cd8c25 src/components/carousel/carousel.vue --class syntactic --kind timer --receiver this.timer --event null --line 287 --shape 1 --desc "Carousel.setAutoplay() stored the autoplay window.setInterval in this.timer and cleared the previous one before starting a new one, but beforeDestroy() only removed the window resize listener, so a carousel destroyed while autoplaying kept its interval advancing the slides of a dead component forever; the fix clears this.timer in beforeDestroy()."

# buefy/buefy (MIT). bfe0b1c6 is the main-branch (buefy-next) commit of #3991; 46431b45 / ffa5c01c / 36725d01
# are the same change on dev-vue2 and on the pull-request branch.
add buefy/buefy bfe0b1c6 packages/buefy-next/src/components/slider/SliderThumb.vue --class syntactic --kind listener --receiver document --event mousemove --line 145 --shape 1 --desc "SliderThumb's mousedown/touchstart handler added mousemove, touchmove, mouseup, touchend and contextmenu listeners on document for the drag and only onDragEnd() removed them, so a thumb unmounted in the middle of a drag (the slider removed by v-if, a route change) left its document listeners, and the component they close over, behind; the fix removes all five in beforeUnmount()."
add buefy/buefy bfe0b1c6 packages/buefy-next/src/components/numberinput/Numberinput.vue 2 --class syntactic --kind timer --receiver this._\$intervalRef --event null --line 315 --shape 1 --desc "Numberinput's long-press repeat re-arms itself: longPressTick() stores a setTimeout in this._\$intervalRef that calls longPressTick() again, and only onStopLongPress() (mouseup, mouseleave, touchend on the buttons) clears it, so a number input unmounted while a button was held kept stepping a destroyed component forever; the fix clears the timer in beforeUnmount()."

# nuxt/ui (MIT). ea2a24b5f is the squash merge (#1185) of the branch commit 9b46794b9; it also touches utils/uid.ts.
# runtime: the listener is removed on the client by VueUse's scope cleanup; it leaks only in server rendering.
add nuxt/ui ea2a24b5f src/runtime/components/forms/Form.vue --class runtime --kind listener --receiver bus --event null --line 54 --shape 4 --desc "UForm's setup() called bus.on(...) on a VueUse useEventBus keyed form-<uid>, whose listeners live in a module-level map, directly in the setup body; VueUse 10 drops such a listener when the component's effect scope is disposed, which happens on unmount in the browser but not for components rendered on the server, so every server-rendered form left its validating listener (and the form's state) in the map for the life of the process; the fix subscribes in onMounted(), which never runs on the server, and calls bus.reset() in onUnmounted()."

# vbenjs/vue-vben-admin (MIT). 12e8ba3c7 is a commit of pull request #8176 (refs/pull/8176/head), which main has
# as the squash 28757fb9c; 381943078 is on the v2/thin/electron-v2 branches (e2edd81f3 is the same change).
add vbenjs/vue-vben-admin 12e8ba3c7 packages/effects/layouts/src/widgets/preferences/blocks/draggable-list.vue --class syntactic --kind disposable --receiver sortableInstance --event null --line 49 --shape 1 --desc "draggable-list's initSortable(), run in onMounted, created a Sortable on the list element (SortableJS keeps the element of every live instance, which points back at the instance, in a module-level list and keeps its listeners bound until destroy()) and destroyed the previous instance only when re-initialising, never on unmount, so each opening of the preferences panel left a live Sortable and its element behind; the fix destroys and nulls the instance in onUnmounted()."
add vbenjs/vue-vben-admin 381943078 src/components/Cropper/src/Cropper.vue --class syntactic --kind disposable --receiver cropper.value --event null --line 101 --shape 3 --desc "CropperImage's init(), run on mount, created a cropperjs instance on the image (it adds resize and pointer listeners on window/document and a cropper DOM tree) and the component never called destroy(), so every unmounted cropper kept its listeners, canvas and image alive; the fix destroys it in onUnmounted()."

# emqx/MQTTX (Apache-2.0; package.json at f59ea2cf says "Apache", the LICENSE file is the Apache License 2.0,
# hence --license Apache-2.0). f59ea2cf is on main (e401e196 / ff482509 are the same change on other branches),
# 4d8530d7 on main (d7c99575 the same on another branch). ConnectionsDetail.vue has 1759 lines at 4d8530d7^:
# pruned to the <script> block's class head up to connect() (279-562), onMessageArrived() and the listener
# registration/removal and lifecycle hooks up to </script>; the template and style are cut whole.
add emqx/MQTTX f59ea2cf src/views/connections/ConnectionsDetail.vue --license Apache-2.0 --class syntactic --kind timer --receiver this.sendTimeId --event null --line 870 --shape 1 --desc "ConnectionsDetail.timedSendMessage() stored a window.setInterval that publishes the message every N seconds in this.sendTimeId and only stopTimedSend() cleared it, which beforeDestroy() did not call, so leaving the connection view with timed sending on kept publishing from the destroyed component (and kept it alive) until the client disconnected; the fix calls stopTimedSend() in beforeDestroy()."
add emqx/MQTTX 4d8530d7 src/views/connections/ConnectionsDetail.vue --keep 279-562,1152-1198,1490-1550 --keep-after 279-562,1152-1200,1492-1552 --class types --kind listener --receiver client --event close --line 1157 --shape per-call-on-shared --desc "onMessageArrived(client, id) subscribed fromEvent(client, 'close') (a 'close' listener on the MqttClient kept in the Vuex activeConnection map, which outlives the view) and discarded the subscription; it runs on every connect and, through setClientsMessageListener() in created(), every time the view is re-created, while beforeDestroy() removes only the 'message' listeners, so close listeners holding destroyed views piled up on each long-lived client; the fix subscribes only when the client has at most one close listener."

# koel/koel (MIT). The commits are heads of pull-request branches, merged into main as squashes: 7ac50053c
# (#2299, fixing a leak written earlier in the same pull request), 4d0a22454 (#2395; the leaking interval was on
# main since #2301), daa3de987 (#2491; the timer was on main since 2024).
add koel/koel 7ac50053c resources/assets/js/components/ui/WithGradientBorder.vue --class syntactic --kind listener --receiver container --event scroll --line 40 --shape per-call-on-shared --desc "subscribeToScroll() added an anonymous 'scroll' listener to a card's scroll container (a long-lived page scroller) when the container had no subscriber set yet, and the returned unsubscribe only deleted the callback and, once the set was empty, the set, never the listener, so each time the cards on a scroller all unmounted and new ones mounted another scroll listener was stacked on the container; the fix keeps the handler per container and removes it when the last subscriber leaves."
add koel/koel 4d0a22454 resources/assets/js/components/layout/app-footer/AudioPlayer.vue --class syntactic --kind timer --receiver setInterval --event null --line 118 --shape 4 --desc "AudioPlayer's <script setup> body called setInterval(updateProgress, 250) and discarded the handle, while onBeforeUnmount() only removed the drag listeners, so every unmounted player kept a 4 Hz interval updating its refs and holding the component; the fix keeps the handle and clears it in onBeforeUnmount()."
add koel/koel daa3de987 resources/assets/js/components/profile-preferences/QRLogin.vue --class syntactic --kind timer --receiver oneTimeTokenTimeout --event null --line 44 --shape 1 --desc "QRLogin's resetOneTimeToken(), run on mount, fetched a one-time login token and re-armed itself with window.setTimeout(resetOneTimeToken, 10 min) stored in oneTimeTokenTimeout, clearing the previous timer but never on unmount, so every visit to the profile page started a chain that kept fetching tokens and holding the component for the rest of the session; the fix clears the timer in onBeforeUnmount() (and caps the refresh cycles)."

# youzan/vant (MIT). 7eeed4720 is the merge-side commit on the 1.x/2.x history; a78bb7782 is the same change.
add youzan/vant 7eeed4720 packages/swipe/index.vue --class syntactic --kind timer --receiver this.timer --event null --line 158 --shape 1 --desc "Swipe.autoPlay() stored a setTimeout in this.timer whose callback moves the slide and calls autoPlay() again, and the timer was cleared only on touch and re-initialisation, so a swipe destroyed with autoplay on kept its timer chain running on a dead component forever; the fix clears this.timer in destroyed()."

node -e '
const fs = require("fs");
const ids = ["bastienwirtz__homer__0b12a55", "bastienwirtz__homer__8315245", "bastienwirtz__homer__8953965",
  "iview__iview__f2cd8c2", "buefy__buefy__bfe0b1c", "buefy__buefy__bfe0b1c__2", "nuxt__ui__ea2a24b",
  "vbenjs__vue-vben-admin__12e8ba3", "vbenjs__vue-vben-admin__3819430", "emqx__MQTTX__f59ea2c",
  "emqx__MQTTX__4d8530d", "koel__koel__7ac5005", "koel__koel__4d0a224", "koel__koel__daa3de9",
  "youzan__vant__7eeed47"];
for (const id of ids) {
  const f = `scan-corpus/fixes/cases/${id}/case.json`;
  const c = JSON.parse(fs.readFileSync(f, "utf8"));
  c.batch = "2026-12-05d";
  fs.writeFileSync(f, JSON.stringify(c, null, 2) + "\n");
}'
