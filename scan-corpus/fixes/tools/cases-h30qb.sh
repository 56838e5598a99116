#!/usr/bin/env bash
# Batch 2026-12-06i, list (b): leak fixes from react-component/* repositories
# (held-out half). Added by a helper, classified from the diffs, no scan.
# maplibre/maplibre-gl-js was not fetched (over the fetch size limit).
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

add $M/react-component+slider/repo 53b2463 src/createSlider.jsx --repo react-component/slider --license MIT \
  --class syntactic --kind listener --receiver 'document' --event mousemove --line 109 --shape missing-in-teardown \
  --desc 'document mousemove/mouseup (and touch) listeners added on drag start were never removed when the slider unmounted mid-drag; the fix adds componentWillUnmount calling removeDocumentEvents'
add $M/react-component+slider/repo 45975c4 src/common/createSlider.jsx --repo react-component/slider --license MIT \
  --class syntactic --kind listener --receiver 'this.document' --event mousemove --line 150 --shape field-overwritten \
  --desc 'a second mousedown without a delivered mouseup re-added document mousemove/mouseup listeners and overwrote the handles of the previous ones, which stayed attached; the fix removes document events before adding and on mouseup'
add $M/react-component+table/repo f45fa841 src/hooks/useFrame.ts --repo react-component/table --license MIT \
  --class syntactic --kind timer --receiver 'raf' --event null --line 18 --shape missing-cleanup-in-effect \
  --desc 'the pending raf of useFrameState was cancelled in the effect body on mount instead of in its cleanup, so a frame scheduled before unmount still ran and force-updated the unmounted component; the fix returns the cancel as the cleanup'
add $M/react-component+menu/repo b1242f9 src/DOMWrap.tsx --repo react-component/menu --license MIT \
  --class syntactic --kind disposable --receiver 'this.mutationObserver' --event null --line 72 --shape identity-mistake \
  --desc 'componentWillUnmount disconnected this.resizeObserver twice and never the MutationObserver watching the menu list, which stayed attached with its callback after unmount; the fix disconnects this.mutationObserver'
add $M/react-component+menu/repo 29bd409 src/SubMenu.jsx --repo react-component/menu --license MIT \
  --class syntactic --kind timer --receiver 'setTimeout' --event null --line 77 --shape one-shot-timeout \
  --desc 'the min-width setTimeout scheduled in componentDidUpdate of a horizontal SubMenu was never stored or cleared and could run after unmount; the fix keeps its id and clears it in componentWillUnmount'
add $M/react-component+tabs/repo 1a6e655 src/ScrollableTabBarMixin.js --repo react-component/tabs --license MIT \
  --class types --kind timer --receiver 'debouncedResize' --event null --line 26 --shape missing-in-teardown \
  --desc 'the lodash debounce wrapping the window resize handler kept a pending trailing call that still ran setNextPrev/scrollToActiveTab after unmount (only the listener was removed); the fix keeps the debounced function and cancels it in componentWillUnmount'
# types case: copy its relative imports (README step 4); package declarations not fetched here
npx tsx test/scan/eval/add-imports.ts $M/react-component+tabs/repo react-component__tabs__1a6e655 --depth 2 --max-lines 6000

# batch tag (add-case.ts does not know batches)
for c in react-component__slider__53b2463 react-component__slider__45975c4 react-component__table__f45fa84 \
         react-component__menu__b1242f9 react-component__menu__29bd409 react-component__tabs__1a6e655; do
  f=scan-corpus/fixes/cases/$c/case.json
  node -e 'const fs=require("fs");const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,"utf8"));j.batch="2026-12-06i";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")' "$f"
done
