#!/usr/bin/env bash
# Batch 2026-12-07f, list (k): leak fixes from multiplayer and real-time servers and engines
# (WebRTC/SFU and media servers, chat and presence servers, game-server frameworks):
# shinyoshiaki/werift-webrtc, medooze/media-server-node, tlaverdure/laravel-echo-server and
# node-pinus/pinus, added by a helper who classified them from the diffs only (no scan was run).
# ionorg/ion-sdk-js and screeps/driver gave no case. Each case.json gets "batch": "2026-12-07f"
# afterwards (the loop at the end).
# Skipped diffs and repositories: tools/skipped-h40k.md.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# shinyoshiaki/werift-webrtc (MIT)
W=$M/shinyoshiaki+werift-webrtc/repo
add $W 28069cbc packages/sctp/src/sctp.ts --repo shinyoshiaki/werift-webrtc --license MIT \
  --class syntactic --kind timer --receiver 'this.timerReconfigHandle' --event null --line 1020 --shape missing-in-teardown \
  --desc "the SCTP association arms a stream-reconfiguration retransmission timeout (which re-arms itself on expiry) but moving to the closed state and stop() cancelled only the T1/T2/T3 timers, so a reconfig request pending at close kept a timer retransmitting on the closed association; the fix cancels the reconfig timer in both places"
add $W a971f4e5 packages/webrtc/src/media/rtpSender.ts --repo shinyoshiaki/werift-webrtc --license MIT \
  --class syntactic --kind listener --receiver 'track.onReceiveRtp' --event null --line 195 --shape missing-in-teardown \
  --desc "registerTrack() subscribes the sender to its track's onReceiveRtp event and keeps the returned unsubscribe function, but stop() only dropped the track reference, so a stopped sender stayed subscribed to a still-running track (and kept forwarding packets through it); the fix calls the stored unsubscribe in stop()"
add $W 552889dc packages/webrtc/src/nonstandard/recorder/writer/webm.ts --repo shinyoshiaki/werift-webrtc --license MIT \
  --class syntactic --kind listener --receiver 'track.onReceiveRtp' --event null --line 74 --shape discarded-disposable \
  --desc "the WebM recorder subscribed to each input track's onReceiveRtp event and threw the returned subscription away, so after stop() the tracks still pushed packets into the recorder's stopped sources and kept the recorder alive; the fix keeps each unsubscribe function and calls them all in stop()"

# medooze/media-server-node (MIT)
D=$M/medooze+media-server-node/repo
add $D a2feced lib/ActiveSpeakerDetector.js --repo medooze/media-server-node --license MIT \
  --class syntactic --kind listener --receiver 'track' --event stopped --line 108 --shape missing-in-teardown \
  --desc "addSpeaker() listens once for each track's 'stopped' event, but removeSpeaker() never removed that listener and stop() registered it a second time with once() instead of removing it, so tracks that outlived the detector kept its handler and the detector; the fix removes the listener with off() in removeSpeaker() and stop()"
add $D 3bfed97 lib/IncomingStream.js --repo medooze/media-server-node --license MIT \
  --class syntactic --kind listener --receiver 'incomingStreamTrack' --event stopped --line 260 --shape missing-in-teardown \
  --desc "addTrack() attached an anonymous once('stopped') handler to each track, which removeTrack() could not detach (it removed only the attached/detached handlers), so a track taken out of a stream kept a handler holding the stream; the fix makes the handler a named field and removes it in removeTrack()"
add $D 5635aad lib/Endpoint.js --repo medooze/media-server-node --license MIT \
  --class syntactic --kind listener --receiver 'incomingStream' --event stopped --line 265 --shape per-call-on-shared \
  --desc "mirroring a stream or track from another endpoint put an anonymous once('stopped') handler on the original that was never removed when the mirror stopped first, and since the mirror was never stored in the cache each call added another handler (and mirror) to the original; the fix caches the mirrors, names the handlers and removes them from the original when the mirror stops, and stops the mirrors with the endpoint"

# tlaverdure/laravel-echo-server (MIT)
add $M/tlaverdure+laravel-echo-server/repo caef4e9 src/channels/channel.ts --repo tlaverdure/laravel-echo-server --license MIT \
  --class syntactic --kind listener --receiver 'socket' --event disconnect --line 143 --shape per-call-on-shared \
  --desc "every channel subscription added a new 'disconnect' handler to the client's socket and leaving the channel never removed it, so a client that joined and left channels repeatedly piled up handlers on its socket; the fix records the handlers per socket and channel and removes them when the channel is left"

# node-pinus/pinus (MIT)
P=$M/node-pinus+pinus/repo
add $P 722352c5 packages/pinus-admin/lib/protocol/mqtt/mqttClient.ts --repo node-pinus/pinus --license MIT \
  --class syntactic --kind timer --receiver 'this.reconnectId' --event null --line 194 --shape missing-in-teardown \
  --desc "disconnect() only marked the admin MQTT client closed and disconnected its socket, leaving a pending reconnect timeout and connect-timeout timer armed, so a client disconnected while waiting to reconnect reconnected later anyway; the fix clears both timers in disconnect() (and tolerates a missing socket)"
add $P ffe1170b packages/pinus-admin/lib/protocol/mqtt/mqttClient.ts --repo node-pinus/pinus --license MIT \
  --class syntactic --kind timer --receiver 'this.keepaliveTimer' --event null --line 206 --shape missing-in-teardown \
  --desc "the keep-alive setInterval started on connack was cleared only when the socket closed by itself, so an explicit disconnect() left the interval running forever and holding the client; the fix makes disconnect() clear the keep-alive interval (and reset the ping state) and routes socket-close handling through it"
add $P 070bec97 packages/pinus/lib/connectors/siosocket.ts --repo node-pinus/pinus --license MIT \
  --class runtime --kind socket --receiver 'this.socket' --event null --line 59 --shape incomplete-close \
  --desc "the socket.io connector's disconnect() called the wrapped socket's disconnect() without the close flag, which only leaves the namespace and keeps the underlying connection open, and it kept its listeners and the socket reference; the fix closes the underlying connection, removes the socket's listeners and drops the reference"

# batch tag (add-case.ts does not know batches)
for f in scan-corpus/fixes/cases/shinyoshiaki__werift-webrtc__28069cb/case.json \
  scan-corpus/fixes/cases/shinyoshiaki__werift-webrtc__a971f4e/case.json \
  scan-corpus/fixes/cases/shinyoshiaki__werift-webrtc__552889d/case.json \
  scan-corpus/fixes/cases/medooze__media-server-node__a2feced/case.json \
  scan-corpus/fixes/cases/medooze__media-server-node__3bfed97/case.json \
  scan-corpus/fixes/cases/medooze__media-server-node__5635aad/case.json \
  scan-corpus/fixes/cases/tlaverdure__laravel-echo-server__caef4e9/case.json \
  scan-corpus/fixes/cases/node-pinus__pinus__722352c/case.json \
  scan-corpus/fixes/cases/node-pinus__pinus__ffe1170/case.json \
  scan-corpus/fixes/cases/node-pinus__pinus__070bec9/case.json; do
  node -e 'const fs=require("fs");const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,"utf8"));j.batch="2026-12-07f";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")' "$f"
done
