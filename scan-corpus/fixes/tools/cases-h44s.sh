#!/usr/bin/env bash
# Batch 2026-12-07j, list (s): leak fixes from video and voice calling SDKs (twilio/twilio-voice.js,
# 100mslive/web-sdks, team-telnyx/webrtc, ringcentral/ringcentral-web-phone), added by a helper
# who classified them from the diffs only (no scan was run). signalwire/signalwire-js (a 12-commit
# snapshot) gave no case, GetStream/stream-video-js was not used (proprietary source licence).
# Each case.json gets "batch": "2026-12-07j" afterwards (the loop at the end).
# Skipped diffs and repositories: tools/skipped-h44s.md.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# twilio/twilio-voice.js (Apache-2.0; formerly twilio/twilio-client.js)
TW=$M/twilio+twilio-voice.js/repo
add $TW e9d5dd89 lib/twilio/call.ts --repo twilio/twilio-voice.js --license Apache-2.0 \
  --keep 1-1502,1916-1927 \
  --class syntactic --kind listener --receiver 'this._pstream' --event answer --line 639 --shape identity-mistake \
  --desc "accepting a call subscribed a fresh bound copy of _onAnswer to the shared signalling stream's 'answer' event while the teardown removed the unbound arrow property, so no removal ever matched and every finished call stayed attached to the stream (keeping its peer connection alive); the fix subscribes the arrow property itself"
add $TW 75cdb589 lib/twilio/connection.ts --repo twilio/twilio-voice.js --license Apache-2.0 \
  --keep 1-1383,1749-1760 --keep-after 1-1389,1755-1766 \
  --class syntactic --kind listener --receiver 'this.pstream' --event transportClose --line 474 --shape per-call-on-shared \
  --desc "each Connection added an inline 'transportClose' handler to the device-wide signalling stream in its constructor, and the cleanup that detached its other pstream handlers could not remove an anonymous function, so every ended connection stayed referenced by the stream; the fix names the handler as a class property and removes it with the others"
add $TW fa897000 lib/twilio/audiohelper.ts --repo twilio/twilio-voice.js --license Apache-2.0 \
  --class syntactic --kind listener --receiver 'microphonePermissionStatus' --event change --line 285 --shape missing-in-teardown \
  --desc "the audio helper listened for 'change' on the microphone PermissionStatus with a local handler that, when it fired, tried to remove a different function, and destroy() never detached it, so a destroyed helper stayed referenced by the permission object; the fix keeps the status object and handler on the instance and removes the listener in destroy()"

# 100mslive/web-sdks (MIT)
H=$M/100mslive+web-sdks/repo
add $H 0620f7d82 packages/hms-video-store/src/sdk/index.ts --repo 100mslive/web-sdks --license MIT \
  --keep 1-265,600-739,1716-1716 --keep-after 1-265,600-740,1717-1717 \
  --class syntactic --kind listener --receiver 'this.eventBus.speakingWhileMuted' --event null --line 264 --shape missing-in-teardown \
  --desc "initStoreAndManagers subscribed handleSpeakingWhileMuted to the event bus's speakingWhileMuted channel next to several other subscriptions, but cleanup() unsubscribed only the others, so after leaving a room the handler stayed subscribed and each new preview or join added it again; the fix unsubscribes it in cleanup()"
add $H 27d6e0dda packages/hms-video-store/src/media/tracks/VideoElementManager.ts --repo 100mslive/web-sdks --license MIT \
  --class syntactic --kind listener --receiver 'this.track.nativeTrack' --event mute --line 48 --shape identity-mistake \
  --desc "addVideoElement registered resumeVideoPlayback for 'mute' on the native media track, but removeVideoElement still removed a 'pause' listener from the video element, so the track listener was never detached; the fix removes the 'mute' listener from the native track"
add $H ff354d9ff packages/react-sdk/src/primitives/HmsRoomProvider.ts --repo 100mslive/web-sdks --license MIT \
  --class runtime --kind disposable --receiver 'hmsReactiveStore' --event null --line 80 --shape missing-in-teardown \
  --desc "when no store was passed in, HMSRoomProvider created its own HMSReactiveStore (SDK instance with its signalling socket, peer connections and media tracks once joined) and only left the room on window unload, so unmounting or re-keying the provider left the joined SDK running; the fix adds an effect cleanup that calls leave() when the provider owns the store"

# team-telnyx/webrtc (MIT)
TX=$M/team-telnyx+webrtc/repo
add $TX e717e69c packages/js/src/Modules/Verto/webrtc/BaseCall.ts --repo team-telnyx/webrtc --license MIT \
  --keep 1-90,537-670,2375-2375 --keep-after 1-90,537-677,2382-2382 \
  --class syntactic --kind timer --receiver 'setTimeout' --event null --line 643 --shape race-timeout \
  --desc "hangup() raced the BYE request against a 5-second setTimeout whose handle was not kept, so when the request settled first the timer stayed pending (holding the call) and later logged a false timeout; the fix keeps the handle and clears it after the race"
add $TX 3a4db52e packages/js/src/Modules/Verto/webrtc/BaseCall.ts --repo team-telnyx/webrtc --license MIT \
  --keep 1-99,1145-1221,2606-2606 --keep-after 1-99,1145-1235,2620-2620 \
  --class runtime --kind listener --receiver 'this._callReportCollector' --event devicechange --line 1198 --shape late-connect \
  --desc "on becoming active the call deferred, through setTimeout and an awaited setSinkId, the start of media device collection (which adds a devicechange listener), so a call that ended in between started a collector after its report collector was cleaned up and nothing removed that listener; the fix returns early unless the call is still active before and after the await"

# ringcentral/ringcentral-web-phone (MIT)
add $M/ringcentral+ringcentral-web-phone/repo 35c2107 src/mediaStreams.ts --repo ringcentral/ringcentral-web-phone --license MIT \
  --class runtime --kind listener --receiver 'self.session.sessionDescriptionHandler' --event iceCandidate --line 255 --shape repeated-registration \
  --desc "every media reconnect added onIceCandidate to the session description handler's 'iceCandidate' event, and the handler removed itself only once gathering completed, so reconnects whose gathering never finished stacked extra copies (each later firing a reinvite); the fix removes any existing registration before adding it again"

# batch tag (add-case.ts does not know batches)
for f in scan-corpus/fixes/cases/twilio__twilio-voice.js__e9d5dd8/case.json \
  scan-corpus/fixes/cases/twilio__twilio-voice.js__75cdb58/case.json \
  scan-corpus/fixes/cases/twilio__twilio-voice.js__fa89700/case.json \
  scan-corpus/fixes/cases/100mslive__web-sdks__0620f7d/case.json \
  scan-corpus/fixes/cases/100mslive__web-sdks__27d6e0d/case.json \
  scan-corpus/fixes/cases/100mslive__web-sdks__ff354d9/case.json \
  scan-corpus/fixes/cases/team-telnyx__webrtc__e717e69/case.json \
  scan-corpus/fixes/cases/team-telnyx__webrtc__3a4db52/case.json \
  scan-corpus/fixes/cases/ringcentral__ringcentral-web-phone__35c2107/case.json; do
  node -e 'const fs=require("fs");const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,"utf8"));j.batch="2026-12-07j";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")' "$f"
done
