#!/usr/bin/env bash
# Batch 2026-12-07t, list (h54b): leak fixes from chat, collaboration and sync servers and clients
# (element-hq/element-call, mtcute/mtcute, BitPhinix/slate-yjs, josephg/ShareJS, atom/teletype-client,
# jamsocket/y-sweet), added by a helper who classified them from the diffs only (no scan was run).
# matrix-org/matrix-bifrost, garden-co/jazz and markstory/hubot-xmpp gave no case. Each case.json gets
# "batch": "2026-12-07t" afterwards (the loop at the end).
# Skipped diffs and repositories: tools/skipped-h54b.md.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# element-hq/element-call (Apache-2.0 at these fixes; the repository moved to AGPL-3.0 on 2024-09-06,
# so only earlier fixes were taken)
E=$M/element-hq+element-call/repo
add $E b061cbfb src/otel/OTelCall.ts --repo element-hq/element-call --license Apache-2.0 \
  --class syntactic --kind listener --receiver 'this.call.peerConn' --event connectionstatechange --line 51 --shape missing-in-teardown \
  --desc "OTelCall added five listeners (connection, signalling, ICE connection, ICE gathering and ICE candidate error) to the call's RTCPeerConnection but dispose() removed only the ICE connection one, so the other four handlers (and the OTelCall with its span) stayed attached to the peer connection after disposal; the fix removes all five in dispose()"
add $E e4e72181 src/livekit/useECConnectionState.ts --repo element-hq/element-call --license Apache-2.0 \
  --class types --kind disposable --receiver 'audioTracks' --event null --line 76 --shape discarded-disposable \
  --desc "doConnect() pre-created local microphone tracks and, when the participant turned out to already have a microphone track after the await, returned without publishing them, leaving the captured tracks (and the microphone) running with no owner; the fix stops the pre-created tracks on that early return"
add $E bbd0f9f1 src/state/MediaViewModel.ts --repo element-hq/element-call --license Apache-2.0 \
  --class runtime --kind listener --receiver 'this.participant' --event isSpeakingChanged --line 149 --shape missing-in-teardown \
  --desc "the media view models built their state observables (speaking, track references, mute state) from LiveKit participant events with shareReplay(1), which keeps the source subscription, and so the participant listeners, alive after every subscriber is gone, so destroyed view models stayed subscribed to their participants; the fix pipes them through the view model's scope (takeUntil its end) before sharing"

# mtcute/mtcute (MIT)
T=$M/mtcute+mtcute/repo
add $T efd1d4e2 packages/core/src/network/network-manager.ts --repo mtcute/mtcute --license MIT \
  --class types --kind listener --receiver 'dc.main.onUpdate' --event null --line 590 --shape per-call-on-shared \
  --desc "_switchPrimaryDc() added fresh onUsable, onWait and onUpdate handlers to the new primary DC's main connection on every switch and never removed them from the previous one, so each migration between DCs stacked another set of handlers on long-lived DC connections and updates were processed twice after switching back; the fix uses stable handler fields, removes them from the old primary and before re-adding"
add $T f0451d56 packages/core/src/utils/abort-signal.ts --repo mtcute/mtcute --license MIT \
  --class syntactic --kind listener --receiver 'signal1' --event abort --line 6 --shape per-call-on-shared \
  --desc "combineAbortSignals() added an 'abort' listener to each of the two input signals for every combination and never removed them, so a long-lived signal combined per request accumulated one listener (and one AbortController) per call; the fix uses AbortSignal.any where available and otherwise removes both listeners once either signal fires"
add $T f0451d56 packages/core/src/network/persistent-connection.ts 2 --repo mtcute/mtcute --license MIT \
  --class syntactic --kind timer --receiver 'timers.setTimeout' --event null --line 187 --shape missing-in-teardown \
  --desc "the connection's inactivity timeout, rescheduled on every request, was not cleared by destroy() or disconnectManual(), so a destroyed or manually closed connection kept a pending timer holding it until the timeout fired and then closed its transport again; the fix clears the timer in both"

# BitPhinix/slate-yjs (MIT)
S=$M/BitPhinix+slate-yjs/repo
add $S e62dc144 src/plugin/yjsEditor.ts --repo BitPhinix/slate-yjs --license MIT \
  --class syntactic --kind listener --receiver 'sharedType' --event null --line 115 --shape missing-in-teardown \
  --desc "withYjs() registered an anonymous deep observer on the shared Yjs type, which belongs to the shared document and outlives the editor, with no way to remove it, so every unmounted editor stayed attached to the document and kept applying remote events; the fix keeps the observer function and adds a destroy() that unobserves it"
add $S 1636889 src/plugin/websocketEditor.ts --repo BitPhinix/slate-yjs --license MIT \
  --class types --kind disposable --receiver 'e.websocketProvider' --event null --line 30 --shape missing-in-teardown \
  --desc "withWebsocket() created a y-websocket WebsocketProvider for the editor but exposed only connect() and disconnect(), so an editor that went away could never destroy its provider, which kept its document and awareness handlers, window listener and awareness timer alive; the fix adds a destroy() that destroys the provider"

# josephg/ShareJS (LICENSE file: MIT; package.json's "licenses" says BSD; taken under the LICENSE file's MIT)
J=$M/josephg+ShareJS/repo
add $J a9556e5 lib/server/session.js --repo josephg/ShareJS --license MIT \
  --class syntactic --kind disposable --receiver 'docs[docName]' --event null --line 140 --shape field-overwritten \
  --desc "_setSubscribed() stored a document's operation stream in the session's subscription map and, when the client subscribed to the same document again, overwrote the entry without destroying the old stream, which kept running and sending ops with its 'data' listener; the fix destroys the previous stream and removes its data listeners before storing the new value"
add $J 45c7cf6 lib/client/doc.js --repo josephg/ShareJS --license MIT \
  --class runtime --kind other --receiver 'this.editingContexts' --event null --line 1030 --shape identity-mistake \
  --desc "destroyed editing contexts were only flagged for removal and meant to be spliced out of the document's context list after the next op, but the clean-up tested the array's 'remove' property instead of each context's, so destroyed contexts and their callbacks stayed in the list for the document's life; the fix tests contexts[i].remove"

# atom/teletype-client (MIT)
add $M/atom+teletype-client/repo 8d0e7fe lib/peer-pool.js --repo atom/teletype-client --license MIT \
  --class runtime --kind listener --receiver 'this.pubSubGateway' --event signal --line 34 --shape late-connect \
  --desc "waitForIncomingSignals() raced the pub-sub 'signal' subscription against a timeout and threw on timeout, but a subscription that completed after the timeout was never disposed, so the failed peer pool stayed subscribed to its signalling channel; the fix disposes the late subscription when it resolves"

# jamsocket/y-sweet (MIT)
add $M/jamsocket+y-sweet/repo 1a7bf1a js-pkg/client/src/provider.ts --repo jamsocket/y-sweet --license MIT \
  --class syntactic --kind timer --receiver 'setTimeout' --event null --line 251 --shape missing-in-teardown \
  --desc "YSweetProvider.destroy() closed the websocket but left the heartbeat and connection-timeout timers pending, and the close handler it triggered set an error status and reconnected, so a destroyed provider kept timers running and opened a new socket; the fix marks the provider offline, clears both timers and wakes the reconnect sleeper in destroy(), and skips reconnection when offline"

# types cases: the modules their files import
npx tsx test/scan/eval/add-imports.ts "$E" element-hq__element-call__e4e7218 --depth 2 --max-lines 6000
npx tsx test/scan/eval/add-imports.ts "$T" mtcute__mtcute__efd1d4e --depth 2 --max-lines 6000
npx tsx test/scan/eval/add-imports.ts "$S" BitPhinix__slate-yjs__1636889 --depth 2 --max-lines 6000

# batch tag (add-case.ts does not know batches)
for f in scan-corpus/fixes/cases/element-hq__element-call__b061cbf/case.json \
  scan-corpus/fixes/cases/element-hq__element-call__e4e7218/case.json \
  scan-corpus/fixes/cases/element-hq__element-call__bbd0f9f/case.json \
  scan-corpus/fixes/cases/mtcute__mtcute__efd1d4e/case.json \
  scan-corpus/fixes/cases/mtcute__mtcute__f0451d5/case.json \
  scan-corpus/fixes/cases/mtcute__mtcute__f0451d5__2/case.json \
  scan-corpus/fixes/cases/BitPhinix__slate-yjs__e62dc14/case.json \
  scan-corpus/fixes/cases/BitPhinix__slate-yjs__1636889/case.json \
  scan-corpus/fixes/cases/josephg__ShareJS__a9556e5/case.json \
  scan-corpus/fixes/cases/josephg__ShareJS__45c7cf6/case.json \
  scan-corpus/fixes/cases/atom__teletype-client__8d0e7fe/case.json \
  scan-corpus/fixes/cases/jamsocket__y-sweet__1a7bf1a/case.json; do
  node -e 'const fs=require("fs");const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,"utf8"));j.batch="2026-12-07t";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")' "$f"
done
