#!/usr/bin/env bash
# Batch 2026-12-07k, list (v): leak fixes from mobile and cross-platform JavaScript repositories
# (React Native libraries, Capacitor plugins, NativeScript-Vue): jeremybarbet/react-native-modalize,
# dohooo/react-native-reanimated-carousel, computerjazz/react-native-draggable-flatlist,
# OneSignal/react-native-onesignal, Shopify/flash-list, nativescript-vue/nativescript-vue,
# ionic-team/capacitor-plugins and mrousavy/react-native-vision-camera, added by a helper who
# classified them from the diffs only (no scan was run). leecade/react-native-swiper and
# LonelyCpp/react-native-youtube-iframe gave no case. Each case.json gets "batch": "2026-12-07k"
# afterwards (the loop at the end).
# Skipped diffs and repositories: tools/skipped-h45v.md.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# jeremybarbet/react-native-modalize (MIT)
Z=$M/jeremybarbet+react-native-modalize/repo
add $Z eafb8ee src/index.tsx --repo jeremybarbet/react-native-modalize --license MIT \
  --class syntactic --kind listener --receiver 'BackHandler' --event hardwareBackPress --line 261 --shape missing-in-teardown \
  --desc "the class Modalize registered its Android hardware back-press handler on the global BackHandler when opening and removed it only when closing, so a modal unmounted while open (conditionally rendered away) kept the handler and the unmounted instance alive; the fix also removes it in componentWillUnmount"
add $Z e284c39 src/index.tsx --repo jeremybarbet/react-native-modalize --license MIT \
  --class syntactic --kind listener --receiver 'beginScrollY' --event null --line 195 --shape per-render-registration \
  --desc "the function component added a value listener to its beginScrollY Animated.Value directly in the render body, so every render stacked one more listener that was never removed; the fix registers it in a mount-only effect whose cleanup removes it by id"
add $Z 456a7a1 src/index.tsx --repo jeremybarbet/react-native-modalize --license MIT \
  --class syntactic --kind listener --receiver 'BackHandler' --event hardwareBackPress --line 230 --shape field-overwritten \
  --desc "each open stored the back-press subscription from BackHandler.addEventListener in a ref, overwriting the previous one, so opening the modal several times left the earlier subscriptions registered with nothing able to remove them; the fix removes the subscription already held in the ref before adding a new one"

# dohooo/react-native-reanimated-carousel (MIT)
add $M/dohooo+react-native-reanimated-carousel/repo dbea49f src/hooks/useAutoPlay.ts --repo dohooo/react-native-reanimated-carousel --license MIT \
  --class syntactic --kind timer --receiver 'timer.current' --event null --line 25 --shape field-overwritten \
  --desc "the autoplay hook's play() armed a setTimeout and stored it in timer.current without clearing the one already pending, so calling start repeatedly left earlier timers running that pause could no longer clear; the fix clears the pending timer before arming a new one"

# computerjazz/react-native-draggable-flatlist (MIT)
add $M/computerjazz+react-native-draggable-flatlist/repo e817e62 index.js --repo computerjazz/react-native-draggable-flatlist --license MIT \
  --class syntactic --kind timer --receiver 'setTimeout' --event null --line 234 --shape timer-outlives-owner \
  --desc "the sortable list scheduled untracked measuring timeouts for each row and for its container and had no componentWillUnmount, so timers pending at unmount still ran against the unmounted component and its refs; the fix collects the timeout ids and clears them all on unmount"

# OneSignal/react-native-onesignal (MIT)
add $M/OneSignal+react-native-onesignal/repo 5c56fdc src/index.ts --repo OneSignal/react-native-onesignal --license MIT \
  --class runtime --kind listener --receiver 'RNOneSignal' --event null --line 44 --shape module-reevaluated \
  --desc "the module creates an EventManager at load time whose constructor subscribes to every native OneSignal event, so each JavaScript reload re-evaluated the module and added another full set of native subscriptions while the old manager stayed subscribed; the fix keeps the manager on a global key and removes the previous manager's native subscriptions before creating a new one"

# Shopify/flash-list (MIT)
F=$M/Shopify+flash-list/repo
add $F b1004b7e9 src/AutoLayoutView.tsx --repo Shopify/flash-list --license MIT \
  --class syntactic --kind listener --receiver 'listeners' --event null --line 13 --shape per-render-registration \
  --desc "the blank-area hook pushed its callback onto a module-level listeners array on every render and never took it out, so the array grew with each render and kept every unmounted caller's callback; the fix moves the push into an effect with a cleanup (which, as written, filters without storing the result)"
add $F 242ffce98 src/viewability/ViewabilityHelper.ts --repo Shopify/flash-list --license MIT \
  --class syntactic --kind timer --receiver 'this.timers' --event null --line 89 --shape untracked-timer \
  --desc "the viewability helper added each minimum-view-time timeout to its timers set only inside the timeout's own callback, so pending timers were never in the set that dispose() clears and fired after the list unmounted; the fix adds the id to the set right after scheduling it"

# nativescript-vue/nativescript-vue (MIT)
N=$M/nativescript-vue+nativescript-vue/repo
add $N 63f8f14 platform/nativescript/plugins/navigator-plugin.js --repo nativescript-vue/nativescript-vue --license MIT \
  --class runtime --kind disposable --receiver 'navEntryInstance' --event null --line 57 --shape missing-in-teardown \
  --desc "\$navigateTo created a Vue instance (child of the root) for each navigation entry and destroyed it only on a back navigation, so pages dropped from the history another way (clearHistory) were disposed while their Vue instances stayed attached to the root; the fix also destroys the instance when the page's native view is disposed"
add $N 3df80ea platform/nativescript/runtime/components/page.js --repo nativescript-vue/nativescript-vue --license MIT \
  --class runtime --kind disposable --receiver 'this.$parent' --event null --line 44 --shape missing-in-teardown \
  --desc "the Page component destroyed its parent Vue instance only from a navigatedFrom handler on back navigation, so a page disposed by other means (navigating with clearHistory) left that Vue instance undestroyed; the fix wraps the native view's disposeNativeView to destroy the parent instance too"

# ionic-team/capacitor-plugins (MIT)
add $M/ionic-team+capacitor-plugins/repo 7e1911d6 google-maps/src/map.ts --repo ionic-team/capacitor-plugins --license MIT \
  --class syntactic --kind listener --receiver 'CapacitorGoogleMaps' --event onPolygonClick --line 756 --shape missing-in-teardown \
  --desc "the GoogleMap wrapper kept plugin listener handles for polygon, polyline and marker-drag events in fields, but removeAllMapListeners (called by destroy) did not remove those handles, so a destroyed map kept its plugin listeners and callbacks; the fix removes and clears the missing handles there"

# mrousavy/react-native-vision-camera (MIT)
V=$M/mrousavy+react-native-vision-camera/repo
add $V 91595072a packages/react-native-vision-camera-resizer/src/useResizer.ts --repo mrousavy/react-native-vision-camera --license MIT \
  --class types --kind disposable --receiver 'resizer' --event null --line 73 --shape discarded-disposable \
  --desc "the useResizer hook created a GPU-backed Resizer in an effect and never disposed it, so each unmount or options change orphaned a Resizer (and one created after cancellation was just dropped) until garbage collection; the fix disposes the instance in the effect cleanup, including one whose creation finished after cancellation"

# types cases: the modules their files import
npx tsx test/scan/eval/add-imports.ts "$V" mrousavy__react-native-vision-camera__9159507 --depth 2 --max-lines 6000

# batch tag (add-case.ts does not know batches)
for f in scan-corpus/fixes/cases/jeremybarbet__react-native-modalize__eafb8ee/case.json \
  scan-corpus/fixes/cases/jeremybarbet__react-native-modalize__e284c39/case.json \
  scan-corpus/fixes/cases/jeremybarbet__react-native-modalize__456a7a1/case.json \
  scan-corpus/fixes/cases/dohooo__react-native-reanimated-carousel__dbea49f/case.json \
  scan-corpus/fixes/cases/computerjazz__react-native-draggable-flatlist__e817e62/case.json \
  scan-corpus/fixes/cases/OneSignal__react-native-onesignal__5c56fdc/case.json \
  scan-corpus/fixes/cases/Shopify__flash-list__b1004b7/case.json \
  scan-corpus/fixes/cases/Shopify__flash-list__242ffce/case.json \
  scan-corpus/fixes/cases/nativescript-vue__nativescript-vue__63f8f14/case.json \
  scan-corpus/fixes/cases/nativescript-vue__nativescript-vue__3df80ea/case.json \
  scan-corpus/fixes/cases/ionic-team__capacitor-plugins__7e1911d/case.json \
  scan-corpus/fixes/cases/mrousavy__react-native-vision-camera__9159507/case.json; do
  node -e 'const fs=require("fs");const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,"utf8"));j.batch="2026-12-07k";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")' "$f"
done
