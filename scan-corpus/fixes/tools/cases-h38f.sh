#!/usr/bin/env bash
# Batch 2026-12-07c, list (f): leak fixes from browser libraries (virtual lists, 3D helpers,
# carousels) -- petyosi/react-virtuoso, pmndrs/drei and leandrowd/react-responsive-carousel --
# added by a helper who classified them from the diffs only (no scan was run).
# xiaolin/react-image-gallery, pmndrs/use-gesture and bokuweb/react-rnd gave no case.
# Each case.json gets "batch": "2026-12-07c" afterwards (the loop at the end).
# Skipped diffs and repositories: tools/skipped-h38f.md.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# petyosi/react-virtuoso (MIT; packages/data-table has its own MIT LICENSE, the root has none)
V=$M/petyosi+react-virtuoso/repo
add $V 0444e359 packages/data-table/src/layout/ScrollbarOverlay.tsx --repo petyosi/react-virtuoso --license MIT \
  --class syntactic --kind listener --receiver 'scrollableElement' --event scroll --line 145 --shape missing-in-teardown \
  --desc "the overlay-scrollbar effect attached anonymous 'scroll' handlers to both scrollbar elements and to the table's scroller element and returned no cleanup, so every re-run or remount stacked more handlers on the scroller and left its mute timeouts pending; the fix names the handlers, removes all three and clears both timeouts in the effect's cleanup"
add $V 98d828c7 packages/data-table/src/core/VirtuosoDataTable.tsx --repo petyosi/react-virtuoso --license MIT \
  --class syntactic --kind listener --receiver 'window' --event error --line 82 --shape identity-mistake \
  --desc "the table registered its ResizeObserver-error silencer on window 'error' in the capture phase but the effect cleanup removed it without the capture flag, which matches no registration, so each mounted table left a window listener behind; the fix passes { capture: true } to removeEventListener as well"
add $V 97fe92be packages/data-table/src/layout/scroller-elements.tsx --repo petyosi/react-virtuoso --license MIT \
  --class runtime --kind listener --receiver 'customParent' --event scroll --line 235 --shape stale-receiver \
  --desc "the custom-scroll-parent wrapper attached its 'scroll' and 'wheel' handlers (and a resize observation) to the external scroll parent from a callback ref that read the parent from a ref an effect keeps updating, so after the customScrollParent prop changed the detach branch targeted the new element and the old one kept the handlers; the fix attaches and detaches them in an effect keyed on customScrollParent"

# pmndrs/drei (MIT)
D=$M/pmndrs+drei/repo
add $D c147c2b1 src/web/Select.tsx --repo pmndrs/drei --license MIT \
  --class syntactic --kind listener --receiver 'document' --event pointermove --line 148 --shape identity-mistake \
  --desc "Select added its document 'pointermove' handler with capture: true but removed it without the capture flag, so the handler was never detached and another one was added each time the effect re-ran (on resize or camera/controls changes) or the component remounted; the fix passes true as the capture argument of the removal"
add $D 7bf7bf6f src/core/PointerLockControls.tsx --repo pmndrs/drei --license MIT \
  --class syntactic --kind listener --receiver 'controls' --event lock --line 66 --shape add-instead-of-remove \
  --desc "the effect's cleanup called addEventListener instead of removeEventListener for the onLock and onUnlock callbacks on the pointer-lock controls, so each re-run of the effect (new callback props) added the handlers again rather than detaching them and they piled up on the controls; the fix removes them in the cleanup"
add $D 816650a6 src/core/Line.tsx --repo pmndrs/drei --license MIT \
  --class types --kind disposable --receiver 'lineMaterial' --event null --line 31 --shape missing-in-teardown \
  --desc "Line created a LineMaterial (a GPU-backed three material) once per component and its unmount cleanup disposed only the line geometry, so every unmounted Line left its material's shader program and uniforms allocated; the fix disposes the material in the same cleanup"

# leandrowd/react-responsive-carousel (MIT)
C=$M/leandrowd+react-responsive-carousel/repo
add $C 3a091f2 src/components/Carousel.js --repo leandrowd/react-responsive-carousel --license MIT \
  --class syntactic --kind timer --receiver 'this.timer' --event null --line 189 --shape field-overwritten \
  --desc "autoPlay() stored a new slide timeout in this.timer without clearing the one already pending (it is called again on mouseleave, swipe end and prop changes), so the earlier timeout was orphaned, still advanced the slide and could no longer be cleared on unmount; the fix clears the previous timer before arming a new one"
add $C 727aca6 src/components/Carousel.tsx --repo leandrowd/react-responsive-carousel --license MIT \
  --class runtime --kind listener --receiver 'initialImage' --event load --line 258 --shape stale-receiver \
  --desc "the carousel attached a 'load' handler to its initial image at setup but on unmount looked the initial image up again (from the current selectedItem and item refs), so when that lookup returned a different image the first one kept the handler and the component; the fix keeps a closure that removes the handler from the image it was attached to"

# types cases: the modules their files import
npx tsx test/scan/eval/add-imports.ts "$D" pmndrs__drei__816650a --depth 2 --max-lines 6000

# batch tag (add-case.ts does not know batches)
for f in scan-corpus/fixes/cases/petyosi__react-virtuoso__0444e35/case.json \
  scan-corpus/fixes/cases/petyosi__react-virtuoso__98d828c/case.json \
  scan-corpus/fixes/cases/petyosi__react-virtuoso__97fe92b/case.json \
  scan-corpus/fixes/cases/pmndrs__drei__c147c2b/case.json \
  scan-corpus/fixes/cases/pmndrs__drei__7bf7bf6/case.json \
  scan-corpus/fixes/cases/pmndrs__drei__816650a/case.json \
  scan-corpus/fixes/cases/leandrowd__react-responsive-carousel__3a091f2/case.json \
  scan-corpus/fixes/cases/leandrowd__react-responsive-carousel__727aca6/case.json; do
  node -e 'const fs=require("fs");const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,"utf8"));j.batch="2026-12-07c";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")' "$f"
done
