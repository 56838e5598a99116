#!/usr/bin/env bash
# Batch 2026-12-07o, domain (ac): leak fixes from browser UI widget libraries (tooltips, menus,
# sliders, tag inputs, tours, data-grid menus and drag-and-drop, virtual lists):
# material-components/material-components-web, yairEO/tagify, ghiscoding/slickgrid-universal,
# shepherd-pro/shepherd and inokawa/virtua, added by a helper who classified them from the diffs
# only (no scan was run). leongersen/noUiSlider gave no case. Each case.json gets
# "batch": "2026-12-07o" afterwards (the loop at the end).
# Skipped diffs and repositories: tools/skipped-h49a.md.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# material-components/material-components-web (MIT at 5511c52 and d928692; Apache-2.0 in package.json at 928d6b4)
C=$M/material-components+material-components-web/repo
add $C 5511c5254 packages/mdc-menu-surface/component.ts --repo material-components/material-components-web \
  --class syntactic --kind listener --receiver 'document.body' --event click --line 73 --shape capture-mismatch \
  --desc "the menu surface's adapter added its body click handler with {capture: true} but removed it without the capture flag, which removes nothing, so once the menu had been opened a capturing click listener stayed on document.body, holding the component, after the menu closed and after destroy(); the fix passes {capture: true} to removeEventListener too"
add $C 928d6b4d4 packages/mdc-slider/foundation.js --repo material-components/material-components-web \
  --class syntactic --kind listener --receiver 'this.adapter_' --event pointerdown --line 114 --shape identity-mistake \
  --desc "init() registered separate pointerdown and touchstart handlers on the slider root, but destroy() deregistered those events with the mousedown handler, which was never registered for them, so the pointerdown and touchstart handlers stayed attached after destroy; the fix deregisters the handlers that were registered"
add $C d928692b5 packages/mdc-tooltip/component.ts --repo material-components/material-components-web \
  --class syntactic --kind listener --receiver 'this.anchorElem' --event null --line 240 --shape on-instead-of-off \
  --desc "the tooltip adapter's deregisterAnchorEventHandler called addEventListener instead of removeEventListener, so the anchor handlers the foundation registered (the blur handler on each show) were never removed from the anchor element; the fix calls removeEventListener (and the foundation also deregisters the blur handler on destroy)"

# yairEO/tagify (MIT)
T=$M/yairEO+tagify/repo
add $T 0f71ac6 src/parts/events.js --repo yairEO/tagify \
  --class syntactic --kind listener --receiver 'window' --event keydown --line 56 --shape missing-in-teardown \
  --desc "binding the instance's events added a window keydown listener (and an input listener) built with .bind(this) and kept no reference, so no code could remove it and every destroyed Tagify instance stayed reachable from window; the fix keeps the global listeners in this.listeners.global and removes them through unbindGlobal(), which destroy() calls"
add $T 5b4b69f src/parts/events.js --repo yairEO/tagify \
  --class syntactic --kind timer --receiver 'this.listeners.main' --event null --line 76 --shape missing-in-teardown \
  --desc "binding the events started a 500 ms setInterval that polls the original input's value, and only a re-bind cleared it (destroy() did not), so a destroyed instance or one whose input left the DOM kept polling forever; the fix clears the interval in destroy() and calls destroy() from the poll once the original input is detached"

# ghiscoding/slickgrid-universal (MIT)
S=$M/ghiscoding+slickgrid-universal/repo
add $S 90876c9a5 packages/common/src/extensions/slickGridMenu.ts --repo ghiscoding/slickgrid-universal \
  --class types --kind listener --receiver 'document.body' --event mousedown --line 224 --shape capture-mismatch \
  --desc "the grid menu bound its outside-click mousedown handler on document.body with {capture: true} through the BindingEventService, whose unbind/unbindAll call removeEventListener without options, so dispose() never removed the capturing listener and every re-init stacked another one on the body; the fix binds the handler without capture so the service's removal matches"
add $S 501435480 packages/common/src/services/bindingEvent.service.ts --repo ghiscoding/slickgrid-universal \
  --class syntactic --kind listener --receiver 'elementOrElements' --event null --line 31 --shape broken-removal \
  --desc "unbindAll(groupName) removed matching listeners while iterating the bound-events array with forEach and splicing it, so the entry after each removed one was skipped and part of a group's listeners (e.g. sub-menu ones) stayed attached and recorded; the fix iterates the array backwards"
add $S 7dcf53ac4 packages/common/src/extensions/slickDraggableGrouping.ts --repo ghiscoding/slickgrid-universal \
  --class syntactic --kind disposable --receiver 'this._droppableInstance' --event null --line 548 --shape missing-in-teardown \
  --desc "the draggable-grouping plugin created a SortableJS instance on the group-by drop zone and kept it in _droppableInstance, but dispose() destroyed only the header-column Sortable instances, so the drop zone's Sortable (with its DOM listeners and callbacks into the plugin) survived disposal; the fix destroys it in dispose()"

# shepherd-pro/shepherd (MIT at each fix)
H=$M/shepherd-pro+shepherd/repo
add $H e5ced58e src/js/shepherd.js --repo shepherd-pro/shepherd \
  --class syntactic --kind disposable --receiver 'this.tether' --event null --line 191 --shape field-overwritten \
  --desc "on first show setupTether() ran from render() and again from _show(), and each call replaced this.tether with a new Tether without destroying the previous one, so the old Tether kept its positioning listeners and element references alive; the fix destroys an existing tether before creating a new one and drops the duplicate call"
add $H 6c20e2fb src/js/tour.js --repo shepherd-pro/shepherd \
  --class types --kind listener --receiver 'window' --event touchmove --line 300 --shape missing-in-teardown \
  --desc "start() added the step listeners through dom.js's addStepEventListeners, including a non-passive touchmove listener on window, but done() called the stale cleanupStepEventListeners copy exported by dom.js, which removes only resize and scroll, so the touchmove listener stayed on window after the tour ended; the fix imports the cleanup from utils/cleanup, which also removes it"
add $H 41632846 src/js/step.js --repo shepherd-pro/shepherd \
  --class syntactic --kind listener --receiver 'element' --event keydown --line 225 --shape per-call-on-shared \
  --desc "_show() called _addKeyDownHandler(this.el) on every show, and each call added a new keydown closure to the step's element without removing the earlier ones, so revisiting a step stacked listeners (and repeated their actions); the fix adds the handler once when the element is created"

# inokawa/virtua (MIT)
add $M/inokawa+virtua/repo 81d15af7 src/core/resizer.ts --repo inokawa/virtua \
  --class syntactic --kind disposable --receiver 'getResizeObserver()' --event null --line 76 --shape missing-in-teardown \
  --desc "the window resizer lazily created a ResizeObserver for the items, but its root teardown removed only the window resize listener and never disconnected the observer (unlike the element resizer's teardown), so the observer and its store callback survived the list's unmount; the fix disconnects it in the root teardown"

# types cases: the modules their files import
npx tsx test/scan/eval/add-imports.ts "$S" ghiscoding__slickgrid-universal__90876c9 --depth 2 --max-lines 6000
npx tsx test/scan/eval/add-imports.ts "$H" shepherd-pro__shepherd__6c20e2f --depth 2 --max-lines 6000

# batch tag (add-case.ts does not know batches)
for f in scan-corpus/fixes/cases/material-components__material-components-web__5511c52/case.json \
  scan-corpus/fixes/cases/material-components__material-components-web__928d6b4/case.json \
  scan-corpus/fixes/cases/material-components__material-components-web__d928692/case.json \
  scan-corpus/fixes/cases/yairEO__tagify__0f71ac6/case.json \
  scan-corpus/fixes/cases/yairEO__tagify__5b4b69f/case.json \
  scan-corpus/fixes/cases/ghiscoding__slickgrid-universal__90876c9/case.json \
  scan-corpus/fixes/cases/ghiscoding__slickgrid-universal__5014354/case.json \
  scan-corpus/fixes/cases/ghiscoding__slickgrid-universal__7dcf53a/case.json \
  scan-corpus/fixes/cases/shepherd-pro__shepherd__e5ced58/case.json \
  scan-corpus/fixes/cases/shepherd-pro__shepherd__6c20e2f/case.json \
  scan-corpus/fixes/cases/shepherd-pro__shepherd__4163284/case.json \
  scan-corpus/fixes/cases/inokawa__virtua__81d15af/case.json; do
  node -e 'const fs=require("fs");const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,"utf8"));j.batch="2026-12-07o";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")' "$f"
done
