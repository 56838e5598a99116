#!/usr/bin/env bash
# Batch 2026-12-07n, list (ab): leak fixes from Node.js clients that keep one object per connection or
# session (database, RPC and streaming clients, SIP/media-server, telnet and EtherNet/IP sessions):
# googleapis/nodejs-spanner, drachtio/drachtio-srf, drachtio/drachtio-fsmrf, deeplay-io/nice-grpc,
# coders51/rabbitmq-stream-js-client, mkozjak/node-telnet-client, cmseaton42/node-ethernet-ip and
# launchdarkly/js-eventsource, added by a helper who classified them from the diffs only (no scan was
# run). Repositories fetched that gave no case are listed in tools/skipped-h48b.md. Each case.json
# gets "batch": "2026-12-07n" afterwards (the loop at the end).
# Skipped diffs and repositories: tools/skipped-h48b.md.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# googleapis/nodejs-spanner (Apache-2.0)
S=$M/googleapis+nodejs-spanner/repo
add $S f756060b src/session-pool.ts --repo googleapis/nodejs-spanner --license Apache-2.0 \
  --class syntactic --kind listener --receiver 'this' --event createError --line 961 --shape per-call-on-shared \
  --desc "every session request that had to wait (_getSession) added a once('createError') handler to the long-lived session pool and only the availability listener was removed, and only on failure, so each wait that ended with a session or a timeout left its rejecter attached to the pool until some session creation failed; the fix keeps a remover for the createError handler and calls both removers in finally"
add $S 05544081 src/session-pool.ts --repo googleapis/nodejs-spanner --license Apache-2.0 \
  --class runtime --kind other --receiver 'this._onClose' --event null --line 1005 --shape promise-race-accumulation \
  --desc "every waiting session request raced its promises against this._onClose.then(...), a reaction on the pool's close promise that stays pending for the pool's whole life, so each wait added a reaction (and its Promise.race settlement) that the pool retained until it was closed; the fix waits on a once('close') listener instead and removes it in finally"

# drachtio/drachtio-srf (MIT)
add $M/drachtio+drachtio-srf/repo 5743bee lib/drachtio-agent.js --repo drachtio/drachtio-srf --license MIT \
  --class runtime --kind socket --receiver 'this.mapServer' --event null --line 510 --shape retained-in-collection \
  --desc "in outbound mode (listen()) every connection from a drachtio server was put into the agent's mapServer with its pending-request maps, but the wire protocol's 'close' was wired to _onClose (which deletes the entry) only in connect(), so every closed inbound connection's socket and state stayed in the map; the fix also wires the close handler in listen()"

# drachtio/drachtio-fsmrf (MIT); lib/endpoint.js is 1744 lines: pruned to the imports, the Endpoint
# class from its constructor to the custom-event methods, destroy(), the error/hangup/bye handlers and
# the class's closing brace, and the export line
F=$M/drachtio+drachtio-fsmrf/repo
add $F e491539 lib/endpoint.js --repo drachtio/drachtio-fsmrf --license MIT \
  --class syntactic --kind listener --receiver 'this' --event null --line 212 --shape broken-removal \
  --keep 1-299,1055-1098,1262-1357,1565-1565 --keep-after 1-301,1057-1100,1264-1359,1567-1567 \
  --desc "addCustomEventListener() subscribed to the custom event and added the caller's handler to the endpoint with this.on(event, handler), but removeCustomEventListener() only dropped the event name from _customEvents (twice) and never removed the handler, so every add/remove cycle during a call left another handler attached to the endpoint; the fix removes the given handler, or all handlers of the event"
add $F 04f2a43 lib/mrf.js --repo drachtio/drachtio-fsmrf --license MIT \
  --class runtime --kind other --receiver 'this.mediaservers' --event null --line 75 --shape retained-in-collection \
  --desc "Mrf#connect pushed every MediaServer it created (each holding its event-socket connection) into this.mediaservers, an array nothing read or pruned, so disconnected media servers and their connections stayed reachable from the long-lived Mrf; the fix drops the array"

# deeplay-io/nice-grpc (MIT)
add $M/deeplay-io+nice-grpc/repo 2b9a123 src/client/createServerStreamingMethod.ts --repo deeplay-io/nice-grpc --license MIT \
  --class runtime --kind socket --receiver 'call' --event null --line 36 --shape missing-in-teardown \
  --desc "the server-streaming client method opened a grpc-js call and wrapped its generator in another async generator that did not forward return(), and the inner finally only removed the abort listener, so a consumer that stopped iterating early left the call streaming and the abort listener on the signal; the fix forwards return()/throw() to the inner iterator and cancels the call in its finally"

# coders51/rabbitmq-stream-js-client (ISC)
add $M/coders51+rabbitmq-stream-js-client/repo ffb6727 src/heartbeat.ts --repo coders51/rabbitmq-stream-js-client --license ISC \
  --class syntactic --kind timer --receiver 'setTimeout' --event null --line 22 --shape missing-in-teardown \
  --desc "the connection's Heartbeat rescheduled itself with setTimeout and dropped the handles, and stop() only set the interval to 0, so after the connection closed the pending timer still fired once (sending a heartbeat on the closed connection) and kept the heartbeat and its connection alive until then; the fix keeps the handle and clears it in stop()"

# mkozjak/node-telnet-client (MIT)
T=$M/mkozjak+node-telnet-client/repo
add $T 61a83d3 src/index.ts --repo mkozjak/node-telnet-client --license MIT \
  --class syntactic --kind listener --receiver 'this.socket' --event data --line 387 --shape per-call-on-shared \
  --desc "write() added a 'data' handler to the session's socket for each call, and in the path without a waitFor pattern where data arrived before the send timer was armed it resolved without removing it, so every such call left its handler on the socket appending later output to a finished response; the fix removes the handler before resolving there"
add $T bf5d481 src/index.ts --repo mkozjak/node-telnet-client --license MIT \
  --class syntactic --kind listener --receiver 'this.socket' --event data --line 387 --shape wrong-receiver \
  --desc "write() added its 'data' handler to this.socket but, when the waitFor pattern matched, removed it from the Telnet emitter itself (this.removeListener), which never held it, so every write with a waitFor pattern left its handler on the session's socket; the fix removes it from this.socket"

# cmseaton42/node-ethernet-ip (MIT)
E=$M/cmseaton42+node-ethernet-ip/repo
add $E c77d61c src/controller/index.js --repo cmseaton42/node-ethernet-ip --license MIT \
  --class syntactic --kind listener --receiver 'this' --event 'Read Tag' --line 485 --shape error-path \
  --desc "the tag read/write methods added their response handlers to the controller (one object per PLC connection) and removed them with removeAllListeners only after the awaited promiseTimeout returned, so a request that timed out or failed threw past the removal and left its handler on the controller, piling up with each failure; the fix removes them in a finally on the promise"
add $E 8450727 src/utilities/index.js --repo cmseaton42/node-ethernet-ip --license MIT \
  --class syntactic --kind timer --receiver 'setTimeout' --event null --line 12 --shape one-shot-timeout \
  --desc "promiseTimeout(), which wraps every controller request, armed a reject timer and dropped its handle, so a request that completed in time still left a pending 10-second timer holding its closure and keeping the process alive; the fix keeps the handle and clears it when the wrapped promise resolves"

# launchdarkly/js-eventsource (MIT)
add $M/launchdarkly+js-eventsource/repo bd08d38 lib/eventsource.js --repo launchdarkly/js-eventsource --license MIT \
  --class syntactic --kind timer --receiver 'setTimeout' --event null --line 197 --shape missing-in-teardown \
  --desc "after a stream error the EventSource scheduled its reconnect with setTimeout and dropped the handle, so close() could not cancel a pending reconnect and the timer kept the closed EventSource's closure (and the process) alive for the whole backoff delay; the fix keeps the handle, clears a previous one before rescheduling and clears it in _close()"

# batch tag (add-case.ts does not know batches)
for f in scan-corpus/fixes/cases/googleapis__nodejs-spanner__f756060/case.json \
  scan-corpus/fixes/cases/googleapis__nodejs-spanner__0554408/case.json \
  scan-corpus/fixes/cases/drachtio__drachtio-srf__5743bee/case.json \
  scan-corpus/fixes/cases/drachtio__drachtio-fsmrf__e491539/case.json \
  scan-corpus/fixes/cases/drachtio__drachtio-fsmrf__04f2a43/case.json \
  scan-corpus/fixes/cases/deeplay-io__nice-grpc__2b9a123/case.json \
  scan-corpus/fixes/cases/coders51__rabbitmq-stream-js-client__ffb6727/case.json \
  scan-corpus/fixes/cases/mkozjak__node-telnet-client__61a83d3/case.json \
  scan-corpus/fixes/cases/mkozjak__node-telnet-client__bf5d481/case.json \
  scan-corpus/fixes/cases/cmseaton42__node-ethernet-ip__c77d61c/case.json \
  scan-corpus/fixes/cases/cmseaton42__node-ethernet-ip__8450727/case.json \
  scan-corpus/fixes/cases/launchdarkly__js-eventsource__bd08d38/case.json; do
  node -e 'const fs=require("fs");const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,"utf8"));j.batch="2026-12-07n";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")' "$f"
done
