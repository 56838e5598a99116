#!/usr/bin/env bash
# Batch 2026-12-06m, list (b) (helper h32ub): real leak fixes from held-out repositories
# react-navigation/react-navigation, gorhom/react-native-bottom-sheet,
# feathersjs-ecosystem/feathers-vuex, jasmine/jasmine, expressjs/compression, petkaantonov/bluebird
# (react-native-community/react-native-webview skipped: renamed to react-native-webview/react-native-webview).
# Classified from the diffs by a helper who did not run the scanner.
# Run from the repository root; each case then gets "batch": "2026-12-06m" in its case.json.
set -e
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# react-navigation/react-navigation
add $M/react-navigation+react-navigation/repo 51c301ce9 packages/native/src/createMemoryHistory.tsx \
  --repo react-navigation/react-navigation --license MIT \
  --class syntactic --kind listener --receiver window --event popstate --line 219 --shape missing-removal \
  --desc 'history.go adds a popstate listener on window that is only removed when popstate fires; when the 100 ms fallback timer settles the navigation instead, the listener stays; the fix removes it in the timer callback'
add $M/react-navigation+react-navigation/repo 000f7ba43 packages/react-native-drawer-layout/src/views/Drawer.tsx \
  --repo react-navigation/react-navigation --license MIT \
  --class syntactic --kind listener --receiver element --event transitionstart --line 52 --shape missing-cleanup-in-effect \
  --desc 'a useEffect adds transitionstart/transitionend listeners to the drawer element with no cleanup, so each re-run of the effect adds another pair and unmount leaves them; the fix returns a cleanup removing both'
add $M/react-navigation+react-navigation/repo e8b523cdc packages/react-native-tab-view/src/TabBar.tsx \
  --repo react-navigation/react-navigation --license MIT \
  --class syntactic --kind timer --receiver requestAnimationFrame --event null --line 280 --shape timer-outlives-owner \
  --desc 'the tab bar layout handler schedules nested requestAnimationFrame callbacks that call setState, never cancelled on unmount nor before scheduling new ones; the fix keeps the frame ids, cancels them first and in componentWillUnmount'
add $M/react-navigation+react-navigation/repo 761399863 packages/core/src/createNavigationContainerRef.tsx \
  --repo react-navigation/react-navigation --license MIT \
  --class runtime --kind listener --receiver value --event null --line 54 --shape wrong-receiver \
  --desc 'listeners queued before the container ref is attached are forwarded to the container in the current setter, but the unsubscribe returned by addListener and removeListener only drop them from the local queue, leaving them on the container; the fix also removes them from current'
add $M/react-navigation+react-navigation/repo ae9808933 src/navigators/createNavigator.js \
  --repo react-navigation/react-navigation --license BSD-2-Clause \
  --class types --kind listener --receiver addListener --event null --line 24 --shape per-render-registration \
  --desc 'each render calls getChildEventSubscriber for every route, which subscribes to the parent navigation events upstream, and the subscriptions are never removed; the fix caches one per route key and removes them for gone routes and on unmount'

# gorhom/react-native-bottom-sheet: no case kept (see skipped-h32ub.md)
# react-native-community/react-native-webview: skipped (renamed on GitHub to react-native-webview/react-native-webview)
# feathersjs-ecosystem/feathers-vuex: no case kept

# jasmine/jasmine
add $M/jasmine+jasmine/repo 84daa0f5 src/core/Clock.js \
  --repo jasmine/jasmine --license MIT \
  --class runtime --kind timer --receiver realTimingFunctions.setTimeout --event null --line 238 --shape timer-outlives-owner \
  --desc 'the mock clock auto-tick loop keeps scheduling real setTimeout macrotasks; uninstall did not change the tick mode, so after a reinstall the loop exit checks pass again and it never stops; the fix switches the mode back to manual in uninstall'

# expressjs/compression: no case kept

# petkaantonov/bluebird
add $M/petkaantonov+bluebird/repo 70dc5441 src/timers.js \
  --repo petkaantonov/bluebird --license MIT \
  --class syntactic --kind timer --receiver _setTimeout --event null --line 68 --shape one-shot-timeout \
  --desc '.timeout() starts a timer through a wrapper that discards the handle, so it is never cleared when the promise settles first and keeps the process and the promise alive until it fires; the fix returns the handle and clears it on settlement'
add $M/petkaantonov+bluebird/repo fe10fb43 src/timers.js \
  --repo petkaantonov/bluebird --license MIT \
  --class runtime --kind timer --receiver handle --event null --line 49 --shape timer-id-coerced \
  --desc '.timeout() clears its timer with clearTimeout(+this), which on Node (where the handle is an object) passes NaN and leaves the timer pending; the fix passes the handle itself'
add $M/petkaantonov+bluebird/repo 5b8a59ae src/timers.js \
  --repo petkaantonov/bluebird --license MIT \
  --class syntactic --kind timer --receiver setTimeout --event null --line 35 --shape discarded-timer \
  --desc 'Promise.delay starts a setTimeout whose handle is discarded, so cancelling the delayed promise leaves the timer and the promise alive until it fires; the fix keeps the handle and clears it on cancellation'
add $M/petkaantonov+bluebird/repo b7a4bf9f src/timers.js \
  --repo petkaantonov/bluebird --license MIT \
  --class runtime --kind timer --receiver handle --event null --line 63 --shape missing-in-teardown \
  --desc '.timeout() clears its timer when the promise settles but not when it is cancelled, so a cancelled promise keeps its timer pending until it fires; the fix clears it from an onCancel hook'

# the types case gets the modules its file imports (README step 4)
npx tsx test/scan/eval/add-imports.ts $M/react-navigation+react-navigation/repo react-navigation__react-navigation__ae98089 --depth 2 --max-lines 6000

# tag the batch (add-case.ts does not know batches)
for id in react-navigation__react-navigation__51c301c react-navigation__react-navigation__000f7ba \
  react-navigation__react-navigation__e8b523c react-navigation__react-navigation__7613998 \
  react-navigation__react-navigation__ae98089 jasmine__jasmine__84daa0f petkaantonov__bluebird__70dc544 \
  petkaantonov__bluebird__fe10fb4 petkaantonov__bluebird__5b8a59a petkaantonov__bluebird__b7a4bf9; do
  node -e "const fs=require('fs');const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,'utf8'));j.batch='2026-12-06m';fs.writeFileSync(f,JSON.stringify(j,null,2)+'\n')" scan-corpus/fixes/cases/$id/case.json
done
