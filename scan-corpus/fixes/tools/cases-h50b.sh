#!/usr/bin/env bash
# Batch 2026-12-07p, list (b): leak fixes from directive, plugin and mixin code of Angular and
# web-component libraries (material-components/material-web, mgcrea/angular-strap,
# angular-ui/ui-grid, carbon-design-system/carbon-components-angular), added by a helper who
# classified them from the diffs only (no scan was run). Esri/calcite-design-system (licence: Esri
# Master License Agreement), angular-ui/ui-scroll, orizens/ngx-infinite-scroll and
# PolymerElements/iron-overlay-behavior gave no case. Each case.json gets "batch": "2026-12-07p"
# afterwards (the loop at the end). Skipped diffs and repositories: tools/skipped-h50b.md.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# material-components/material-web (Apache-2.0)
W=$M/material-components+material-web/repo
add $W 4c38f801c packages/dialog/mwc-dialog-base.ts --repo material-components/material-web --license Apache-2.0 \
  --class syntactic --kind listener --receiver 'document' --event keydown --line 424 --shape wrong-receiver \
  --desc "setEventListeners() added the dialog's bound document-keydown handler to document, but removeEventListeners() removed it from the dialog's own root element, so every connect/disconnect cycle left a keydown listener (holding the dialog's foundation) on the document; the fix removes it from document (and the root-keydown handler from the root)"
add $W 124beb494 packages/menu/mwc-menu-surface-base.ts --repo material-components/material-web --license Apache-2.0 \
  --class syntactic --kind listener --receiver 'document.body' --event click --line 336 --shape identity-mistake \
  --desc "registerBodyClick() added the menu surface's body click handler as a capture listener, but deregisterBodyClick() removed it without the capture flag, which matches no listener, so each open of the menu left another capturing click listener (bound to the surface) on document.body; the fix passes capture: true to the removal"
add $W aeb3d910c packages/top-app-bar/src/mwc-top-app-bar-base-base.ts --repo material-components/material-web --license Apache-2.0 \
  --class syntactic --kind listener --receiver 'this.scrollTarget' --event scroll --line 134 --shape field-overwritten \
  --desc "the top app bar added its scroll handler to scrollTarget (window by default) once after first render, and the scrollTarget setter replaced the target without moving the listener, so the old target kept the handler (and the element) and the later removal on disconnect went to the new target; the fix removes the listener from the old target and adds it to the new one in the setter"

# mgcrea/angular-strap (MIT, "licenses" array in package.json)
S=$M/mgcrea+angular-strap/repo
add $S 2c509739 src/scrollspy/scrollspy.js --repo mgcrea/angular-strap --license MIT \
  --class syntactic --kind listener --receiver 'scrollEl' --event scroll --line 66 --shape identity-mistake \
  --desc "the scrollspy bound the throttled position check to the scroll element's 'scroll' event but destroy() unbound the debounced one, which was never bound for scroll, so the scroll handler (and the spy with its tracked elements) stayed on the scroll element, often the window, after the last spy was destroyed; the fix unbinds the throttled handler"
add $S a120538d src/dropdown/dropdown.js --repo mgcrea/angular-strap --license MIT \
  --class syntactic --kind listener --receiver 'bodyEl' --event click --line 67 --shape missing-in-teardown \
  --desc "a shown dropdown bound its outside-click handler to document.body and unbound it only in hide(), and destroy() did not hide, so a dropdown destroyed while open left the body click listener (holding the dropdown and its element) behind; the fix wraps destroy() to unbind the body click handler first"
add $S 84cd13c7 src/tooltip/tooltip.js --repo mgcrea/angular-strap --license MIT \
  --class syntactic --kind listener --receiver 'element' --event keyup --line 241 --shape missing-removal \
  --desc "with the focus trigger and keyboard option, every show() bound another 'keyup' handler to the tooltip's target element while hide() only unbound the tip element's handler, so handlers piled up on the target with each show and none was removed on destroy; the fix unbinds the keyboard (and auto-close) handlers symmetrically in hide() and destroy()"

# angular-ui/ui-grid (MIT; the ng-grid 2 sources at these commits)
U=$M/angular-ui+ui-grid/repo
add $U d2dc566c src/classes/eventProvider.js --repo angular-ui/ui-grid --license MIT \
  --class syntactic --kind listener --receiver '$(window)' --event resize --line 189 --shape missing-in-teardown \
  --desc "each grid's event provider bound an anonymous resize handler to the window (and another to the grid root's parent) that rebuilds the grid, and nothing unbound them when the grid's scope was destroyed, so every destroyed grid stayed reachable from the window; the fix names the handlers and unbinds them on the scope's \$destroy"
add $U d2dc566c src/directives/ng-grid.js 2 --repo angular-ui/ui-grid --license MIT \
  --class syntactic --kind listener --receiver '$scope.$parent' --event null --line 15 --shape missing-in-teardown \
  --desc "the ngGrid directive registered watches for the column definitions, total item count and data on its parent scope and dropped their deregistration functions, so after the grid's own scope was destroyed the parent kept the watchers and through them the grid; the fix deregisters each watch on the grid scope's \$destroy"
add $U 213ea787 src/classes/eventProvider.js --repo angular-ui/ui-grid --license MIT \
  --class syntactic --kind listener --receiver 'col' --event dragstart --line 66 --shape identity-mistake \
  --desc "setDraggables() added the native 'dragstart' listener (the provider's dragStart) to each header column and its \$destroy clean-up called col.removeEventListener(self.dragStart) with the handler in place of the event name, which removes nothing, so the columns kept the listener and the event provider; the fix passes 'dragstart' and the handler"

# carbon-design-system/carbon-components-angular (Apache-2.0)
C=$M/carbon-design-system+carbon-components-angular/repo
add $C 4b3d90384 src/grid/column.directive.ts --repo carbon-design-system/carbon-components-angular --license Apache-2.0 \
  --class types --kind listener --receiver 'this.gridService.gridObservable' --event null --line 68 --shape missing-in-teardown \
  --desc "the column directive subscribed to the enclosing grid's GridService observable (a BehaviorSubject-backed stream that lives with the grid) and dropped the subscription, while ngOnDestroy unsubscribed an empty placeholder Subscription, so columns destroyed inside a living grid stayed subscribed; the fix stores the returned subscription in the field that ngOnDestroy unsubscribes"
add $C 2cdd4c007 src/dialog/dialog.directive.ts --repo carbon-design-system/carbon-components-angular --license Apache-2.0 \
  --class types --kind listener --receiver 'this.eventService' --event keydown --line 185 --shape per-call-on-shared \
  --desc "the dialog directive bound its host's keydown, hover/focus or click handlers through the injected EventService, whose subscriptions are only released when that module-level service is destroyed, so every destroyed tooltip, popover or overflow menu stayed subscribed (holding the directive); the fix subscribes with fromEvent, keeps the subscriptions and unsubscribes them in ngOnDestroy"

# types cases: the modules their files import
npx tsx test/scan/eval/add-imports.ts "$C" carbon-design-system__carbon-components-angular__4b3d903 --depth 2 --max-lines 6000
npx tsx test/scan/eval/add-imports.ts "$C" carbon-design-system__carbon-components-angular__2cdd4c0 --depth 2 --max-lines 6000

# batch tag (add-case.ts does not know batches)
for f in scan-corpus/fixes/cases/material-components__material-web__4c38f80/case.json \
  scan-corpus/fixes/cases/material-components__material-web__124beb4/case.json \
  scan-corpus/fixes/cases/material-components__material-web__aeb3d91/case.json \
  scan-corpus/fixes/cases/mgcrea__angular-strap__2c50973/case.json \
  scan-corpus/fixes/cases/mgcrea__angular-strap__a120538/case.json \
  scan-corpus/fixes/cases/mgcrea__angular-strap__84cd13c/case.json \
  scan-corpus/fixes/cases/angular-ui__ui-grid__d2dc566/case.json \
  scan-corpus/fixes/cases/angular-ui__ui-grid__d2dc566__2/case.json \
  scan-corpus/fixes/cases/angular-ui__ui-grid__213ea78/case.json \
  scan-corpus/fixes/cases/carbon-design-system__carbon-components-angular__4b3d903/case.json \
  scan-corpus/fixes/cases/carbon-design-system__carbon-components-angular__2cdd4c0/case.json; do
  node -e 'const fs=require("fs");const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,"utf8"));j.batch="2026-12-07p";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")' "$f"
done
