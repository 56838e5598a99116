#!/usr/bin/env bash
# Batch 2026-12-07b, list (d): leak fixes from front-end state/data libraries and mobile code
# (mattermost/mattermost-mobile, callstack/react-native-paper,
# react-native-elements/react-native-elements, react-native-maps/react-native-maps and
# LegendApp/legend-state), added by a helper who classified them from the diffs only (no scan
# was run). bluesky-social/social-app could not be fetched (snapshot too big). Each case.json gets
# "batch": "2026-12-07b" afterwards (the loop at the end).
# Skipped diffs and repositories: tools/skipped-h38d.md.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# mattermost/mattermost-mobile (Apache-2.0; package.json says "Apache 2.0", LICENSE.txt is the Apache licence)
MM=$M/mattermost+mattermost-mobile/repo
add $MM 134c4a49c5 app/database/components/index.tsx --repo mattermost/mattermost-mobile --license Apache-2.0 \
  --class syntactic --kind listener --receiver "db?.collections.get(SERVERS).query().observeWithColumns(['last_active_at'])" --event null --line 34 --shape subscribe-in-render \
  --desc "the withServerDatabase wrapper subscribed to the servers query straight in its render body and threw the subscription away, so every render added another observer to the app database that was never unsubscribed, even after unmount; the fix subscribes once in a useEffect and unsubscribes in its cleanup"
add $MM 06037ab6da app/products/calls/connection/websocket_client.ts --repo mattermost/mattermost-mobile --license Apache-2.0 \
  --class runtime --kind socket --receiver 'this.ws' --event null --line 48 --shape late-connect \
  --desc "close() only marked the calls websocket client closed when a socket was open; called while the client sat between reconnect attempts it instead scheduled another reconnect, whose timer then opened a fresh WebSocket for a client its owner had already closed; the fix makes close() always set the closed flag (reconnecting moves to its own method) so the pending reconnect does nothing"
add $MM 1f72cd7b4f app/products/calls/connection/connection.ts --repo mattermost/mattermost-mobile --license Apache-2.0 \
  --class syntactic --kind listener --receiver 'DeviceEventEmitter' --event onAudioDeviceChanged --line 110 --shape error-path \
  --desc "newConnection() now adds the Android audio-device listener before awaiting the websocket's initialize(), and when that threw the function exited without the disconnect() that removes it, leaving the listener (and InCallManager running) behind for a call that never started; the fix catches the error, stops InCallManager and removes the listener before rethrowing"

# callstack/react-native-paper (MIT)
P=$M/callstack+react-native-paper/repo
add $P 1fd0e2a9c src/components/Modal.tsx --repo callstack/react-native-paper --license MIT \
  --class syntactic --kind listener --receiver 'BackHandler' --event hardwareBackPress --line 135 --shape missing-in-teardown \
  --desc "the Modal's BackHandler 'hardwareBackPress' subscription was removed only in hideModal(), so a modal unmounted while still visible left its back-button handler registered; the fix moves the removal into a helper and also runs it as an unmount effect cleanup"
add $P 47bf28d40 src/components/Tooltip/Tooltip.tsx --repo callstack/react-native-paper --license MIT \
  --class syntactic --kind timer --receiver 'showTooltipTimer.current' --event null --line 128 --shape field-overwritten \
  --desc "on web the Tooltip stored each new show (and hide) setTimeout in a single ref without clearing the pending one, so repeated hover-ins lost the earlier handles and neither the hover-out nor the unmount cleanup could cancel those timers, which later set state on the tooltip; the fix keeps every handle in an array and clears them all"

# react-native-elements/react-native-elements (MIT)
add $M/react-native-elements+react-native-elements/repo 1321c6691 packages/base/src/Tooltip/Tooltip.tsx --repo react-native-elements/react-native-elements --license MIT \
  --class syntactic --kind listener --receiver 'Dimensions' --event change --line 217 --shape uncalled-remove \
  --desc "the Tooltip effect's cleanup referred to the Dimensions 'change' subscription's remove method without calling it, so on React Native 0.65+ the listener stayed registered after each re-run and after unmount; the fix calls remove()"

# react-native-maps/react-native-maps (MIT, from LICENSE)
add $M/react-native-maps+react-native-maps/repo a1685cc6 lib/components/AnimatedRegion.js --repo react-native-maps/react-native-maps \
  --class runtime --kind listener --receiver 'this.latitude' --event null --line 103 --shape lost-handle \
  --desc "AnimatedRegion.addListener() recorded the four per-coordinate listener ids with Object.defineProperty, passing them as a property descriptor, so nothing usable was stored under the id (and the map shared the _listeners name used by the Animated base class) and removeListener() could not remove the Animated.Value listeners; the fix stores the ids in a plain object under a field of its own"

# LegendApp/legend-state (MIT)
L=$M/LegendApp+legend-state/repo
add $L 1fa17fbe src/react/useSelector.ts --repo LegendApp/legend-state --license MIT \
  --class runtime --kind listener --receiver 'resubscribe' --event null --line 98 --shape discarded-disposable \
  --desc "when useSyncExternalStore subscribed again after a strict-mode unmount, useSelector re-established its selector tracking through resubscribe() but dropped the dispose function it returns, so the later unsubscribe had nothing to dispose and the tracking listeners stayed on the observables; the fix stores the returned dispose"
add $L 2bf0629a src/react/useObservable.ts --repo LegendApp/legend-state --license MIT \
  --class runtime --kind listener --receiver 'ref.current.obs$' --event null --line 44 --shape missing-in-teardown \
  --desc "an observable created by useObservable from a function, once activated, kept the observe() that tracks the external observables it reads, and nothing deactivated it when the component unmounted, so those listeners outlived the component; the fix deactivates the observable's node in a useUnmount callback (and makes the node's dispose also run its other disposers)"

# batch tag (add-case.ts does not know batches)
for f in scan-corpus/fixes/cases/mattermost__mattermost-mobile__134c4a4/case.json \
  scan-corpus/fixes/cases/mattermost__mattermost-mobile__06037ab/case.json \
  scan-corpus/fixes/cases/mattermost__mattermost-mobile__1f72cd7/case.json \
  scan-corpus/fixes/cases/callstack__react-native-paper__1fd0e2a/case.json \
  scan-corpus/fixes/cases/callstack__react-native-paper__47bf28d/case.json \
  scan-corpus/fixes/cases/react-native-elements__react-native-elements__1321c66/case.json \
  scan-corpus/fixes/cases/react-native-maps__react-native-maps__a1685cc/case.json \
  scan-corpus/fixes/cases/LegendApp__legend-state__1fa17fb/case.json \
  scan-corpus/fixes/cases/LegendApp__legend-state__2bf0629/case.json; do
  node -e 'const fs=require("fs");const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,"utf8"));j.batch="2026-12-07b";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")' "$f"
done
