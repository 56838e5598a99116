#!/bin/bash
# The add-case.ts commands of every case of batch 2026-12-05g built in worktree wt-r from list (r) of the
# fourteenth batch (see ../README.md, "Decision criteria for the fourteenth fresh batch"): leak fixes in any
# JavaScript, TypeScript or component file. Run from the repository root with a bare clone of each repository at
# $MIRROR/<owner>+<name>/repo (what the search tool's `fetch` makes; default /work/.mirror). Classes,
# descriptions, shapes and leak lines were written from reading the diffs and the files around them, before any
# scan of the cases (none was run in this worktree). --line is the 1-based line in the whole BEFORE file.
# Every repository of list (r) is held-out by the sha1 rule of ../README.md. at-ui/at-ui could not be fetched
# (no snapshot available). Repositories that gave no case, and every diff read and not kept, are in
# skipped-h22r.md. add-case.ts does not know batches: the last step tags the new case folders. No file needed
# pruning (all under 1500 lines).
set -e
M=${MIRROR:-/work/.mirror}
add(){ r=$1; shift; sha=$1; shift; p=$1; shift; npx tsx test/scan/eval/add-case.ts "$M/${r/\//+}/repo" "$sha" "$p" "$@" --repo "$r"; }

# Tencent/tdesign-vue-next (MIT). All five commits are on develop and main (squashed pull requests).
add Tencent/tdesign-vue-next 61f0fd2a9 src/popup/popup.tsx --license MIT --class syntactic --kind listener --receiver document --event click --line 328 --shape 3 --desc "Popup's visible watcher added handleDocumentClick to document with on() when it opened and removed it only when it closed, while onUnmounted only destroyed the popper, so a popup unmounted while open left the document click listener (closing over the component) behind; the fix adds off(document, 'click', ...) to onUnmounted."
add Tencent/tdesign-vue-next 9fdcf45b2 src/image-viewer/image-viewer.tsx --license MIT --class syntactic --kind listener --receiver window --event keydown --line 128 --shape 3 --desc "ImageViewer's visible watcher added keydownHandler to window when the viewer opened and removed it only when it closed, with no unmount hook, so a viewer unmounted while open (route change, v-if) left its keydown listener on window; the fix drops the window listener and handles keydown on the viewer's own focused element."
add Tencent/tdesign-vue-next 538f05e88 src/table/hooks/useFixed.ts --license MIT --class syntactic --kind listener --receiver window --event resize --line 492 --shape 3 --desc "The table's useFixed hook added onResize to window in onMounted but its removal was registered with onBeforeMount, which runs before the listener exists, so every unmounted table left a window resize listener holding the table's state; the fix moves the removal to onBeforeUnmount (and adds a ResizeObserver that is disconnected there)."
add Tencent/tdesign-vue-next 104d1518a src/dialog/plugin.tsx --license MIT --class syntactic --kind disposable --receiver 'createApp(component)' --event null --line 46 --shape discarded-disposable --desc "The DialogPlugin created a separate Vue app per dialog with createApp(component).mount(wrapper) and its destroy() only removed the wrapper element from the DOM, never unmounting the app, so each destroyed plugin dialog kept a live app instance with its effects and listeners; the fix keeps the app and calls unmount() in destroy()."
add Tencent/tdesign-vue-next ef34a0be8 src/popup/popup.tsx --license MIT --class not-a-leak --kind timer --receiver timeoutId --event null --line 201 --shape one-shot-timeout --desc "Popup's open/close delay setTimeout kept in timeoutId was not cleared in onUnmounted; the fix (titled a potential memory leak) clears it there, but it is a short one-shot timeout that only holds the component for the open/close delay, not a leak of this kind."

# tusen-ai/naive-ui (MIT; ISC in package.json at 5c3daf0bc, before the MIT licence). All six commits are on main.
add tusen-ai/naive-ui 3982ac26e src/slider/src/Slider.tsx --license MIT --class syntactic --kind listener --receiver document --event mousemove --line 465 --shape 3 --desc "Slider's startDragging() added mousemove/mouseup/touchmove/touchend handlers to document with evtd's on() and only stopDragging() (run on mouseup) removed them, with no unmount hook, so a slider unmounted during a drag left its document listeners; the fix calls stopDragging() in onBeforeUnmount."
add tusen-ai/naive-ui e42787762 src/modal/src/composables.ts --license MIT --class syntactic --kind listener --receiver window --event mousemove --line 124 --shape identity-mistake --desc "useDragModal's cleanup function meant to remove the drag handlers but called on() instead of off() for the window mousemove and mouseup listeners, so every cleanup added them again instead of removing them and draggable modals piled up window listeners holding their elements; the fix calls off()."
add tusen-ai/naive-ui fd38567b6 src/input-number/src/InputNumber.tsx --license MIT --class syntactic --kind listener --receiver document --event mouseup --line 459 --shape per-call-on-shared --desc "InputNumber's minus/add button mousedown handlers each added a new anonymous mouseup listener to document with evtd's on() and never removed it, so every press of a button piled up another document listener for the component's life and beyond; the fix registers a listener that removes itself after firing."
add tusen-ai/naive-ui bc116f5b7 src/dropdown/src/Dropdown.js --license MIT --class syntactic --kind listener --receiver keyboardDelegate --event keydown --line 173 --shape missing-removal --desc "Dropdown registered six key handlers on the module-wide keyboardDelegate when it showed and unregisterKeyboardOperations() removed only five, leaving handleKeyDownEsc registered on the shared delegate after the dropdown hid or was destroyed; the fix unregisters it too."
add tusen-ai/naive-ui d72ae664d src/_utils/composable/use-resize.ts --license MIT --class runtime --kind listener --receiver resizeObserverManager --event null --line 13 --shape 3 --desc "useOnResize registered the element with vueuc's global resizeObserverManager on mount and unregistered it on unmount only if elRef still held an element; a cascader menu whose element had been removed by a show flag before unmount left its handler (and the detached element) in the global manager; the fix also unregisters before an update that hides the element."
add tusen-ai/naive-ui 5c3daf0bc packages/utils/delegate/scrollDelegate.js --license ISC --class runtime --kind other --receiver this.handlers --event null --line 42 --shape retention --desc "The singleton ScrollDelegate kept a Map from element to its scroll handlers; unregisterHandler removed a handler from the element's array but left the element's entry (an empty array) in the Map while other handlers remained, so every element that ever registered stayed referenced by the app-lifetime delegate; the fix deletes the entry when its array is empty."

# xaboy/form-create (MIT). bf2e3042 is on the 2.0, 2.5 and 2.6 release branches.
add xaboy/form-create bf2e3042 packages/ant-design/src/core/modal.js --license MIT --class runtime --kind disposable --receiver '$vm' --event null --line 37 --shape wrong-event --desc "The ant-design-vue build mounted a new Vue instance per preview modal and appended it to document.body, removing its element only on a 'closed' event (and a 'close' one) that ant-design-vue's Modal never emits, so every opened preview left a live instance and its element in the body; the fix closes on 'cancel' and destroys the instance with \$destroy()."

# surmon-china/vue-awesome-swiper (MIT). 295a9db (V2.2.4) is on main and every release branch.
add surmon-china/vue-awesome-swiper 295a9db swiper.vue --license MIT --class types --kind disposable --receiver this.swiper --event null --line 39 --shape field-overwritten --desc "The swiper component created a Swiper instance (window resize listeners, autoplay timer by default) in mounted() and its beforeDestroy only set this.swiper to null without destroying it, so every destroyed component left a running Swiper holding its element; the fix calls this.swiper.destroy()."

# vuejs/vue-router (MIT). All four commits are on dev.
add vuejs/vue-router 4c81be8f src/history/html5.js 1 --license MIT --class syntactic --kind listener --receiver window --event popstate --line 22 --shape 3 --desc "HTML5History's constructor added a popstate listener (closing over the history and router) to window and nothing ever removed it, so a router whose apps were all destroyed (micro-frontends, tests, apps re-created) stayed referenced from window; the fix moves the registration to setupListeners() and removes it in teardownListeners() when the last app is destroyed."
add vuejs/vue-router 4c81be8f src/history/hash.js 2 --license MIT --class syntactic --kind listener --receiver window --event popstate --line 31 --shape 3 --desc "HashHistory's setupListeners() added a popstate/hashchange listener to window that nothing ever removed, so a hash-mode router whose apps were all destroyed stayed referenced from window; the fix keeps a removal function in this.listeners and runs it in teardownListeners() when the last app is destroyed."
add vuejs/vue-router 80561053 src/index.js --license MIT --class runtime --kind other --receiver this.apps --event null --line 90 --shape retention --desc "VueRouter.init() pushed every root Vue instance using the router into this.apps and never took it out, so destroyed apps (one per request in SSR, or re-created apps sharing a router) stayed referenced from the router; the fix removes the app from this.apps (and resets this.app) on the app's hook:destroyed."
# Left out when the batch was merged: src/history/base.js is Flow-typed at this commit and neither parser reads it
# (as the rsocket-js fixes of the ninth batch).
# add vuejs/vue-router 7693eb50 src/history/base.js --license MIT --class runtime --kind timer --receiver setTimeout --event null --line 404 --shape re-arming --desc "For a beforeRouteEnter next(cb) callback, poll() re-armed a 16 ms setTimeout until the route's component instance registered, for as long as the route stayed current; when the instance never registered (SSR, where nothing mounts, or a view that never renders it) the timer chain never ended and kept the router, route and callback alive; the fix stores the callbacks on the route record and runs them when the instance registers."
add vuejs/vue-router df39bd66 src/components/view.js --license MIT --class runtime --kind other --receiver matched.instances --event null --line 40 --shape retention --desc "RouterView stored the rendered component instance in the long-lived route record's instances map on init and never cleared it, so a destroyed route component (and its tree) stayed referenced from the router's route record after navigating away; the fix adds a destroy hook that unsets the entry."

node -e '
const fs = require("fs");
const ids = ["Tencent__tdesign-vue-next__61f0fd2", "Tencent__tdesign-vue-next__9fdcf45", "Tencent__tdesign-vue-next__538f05e",
  "Tencent__tdesign-vue-next__104d151", "Tencent__tdesign-vue-next__ef34a0b",
  "tusen-ai__naive-ui__3982ac2", "tusen-ai__naive-ui__e427877", "tusen-ai__naive-ui__fd38567", "tusen-ai__naive-ui__bc116f5",
  "tusen-ai__naive-ui__d72ae66", "tusen-ai__naive-ui__5c3daf0",
  "xaboy__form-create__bf2e304", "surmon-china__vue-awesome-swiper__295a9db",
  "vuejs__vue-router__4c81be8__1", "vuejs__vue-router__4c81be8__2", "vuejs__vue-router__8056105",
  "vuejs__vue-router__df39bd6"];
for (const id of ids) {
  const f = `scan-corpus/fixes/cases/${id}/case.json`;
  const c = JSON.parse(fs.readFileSync(f, "utf8"));
  c.batch = "2026-12-05g";
  fs.writeFileSync(f, JSON.stringify(c, null, 2) + "\n");
}'
