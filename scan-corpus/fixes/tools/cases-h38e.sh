#!/usr/bin/env bash
# Batch 2026-12-07c, list (e): leak fixes from servers and back ends written in JavaScript or
# TypeScript (josdejong/workerpool, spdy-http2/node-spdy, arobson/rabbot, marblejs/marble,
# n1ru4l/graphql-live-query, noodlefrenzy/node-amqp10), added by a helper who classified them
# from the diffs only (no scan was run). eggjs/egg and eggjs/egg-cluster gave no case (no leak fix
# in their histories); midwayjs/midway was refused by the fetch (too big). Each case.json gets
# "batch": "2026-12-07c" afterwards (the loop at the end).
# Skipped diffs and repositories: tools/skipped-h38e.md.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# josdejong/workerpool (Apache-2.0)
add $M/josdejong+workerpool/repo 19fab44 src/worker.js --repo josdejong/workerpool --license Apache-2.0 \
  --class runtime --kind listener --receiver 'worker.abortListeners' --event null --line 43 --shape guard-skips-teardown \
  --desc "abort listeners that tasks register in the worker's module-level abortListeners array were meant to be dropped once an abort's listeners had all settled, but the emptiness test was inverted so the array was only reset when already empty, and every aborted task's listeners (and their closures) stayed and were run again at each later abort; the fix flips the test so a non-empty list is cleared"

# spdy-http2/node-spdy (MIT; the licence is in the README at the first two fixes)
S=$M/spdy-http2+node-spdy/repo
add $S af27717 lib/spdy/utils.js --repo spdy-http2/node-spdy --license MIT \
  --class syntactic --kind listener --receiver 'stream' --event data --line 43 --shape per-call-on-shared \
  --desc "zstream() attaches a fresh 'data' collector to the connection's shared deflate/inflate stream on every frame it compresses or decompresses and never detaches it, so collectors (each holding its frame's chunk list) pile up on the long-lived zlib stream; the fix removes the collector in the flush callback"
add $S adad599 lib/spdy/server.js --repo spdy-http2/node-spdy --license MIT \
  --class runtime --kind socket --receiver 'socket' --event null --line 112 --shape no-idle-timeout \
  --desc "in plain mode each accepted socket had its emit replaced by a recorder that buffers every event until the first byte arrives, so a client that connected and went quiet or hung up before sending anything left the socket open forever (its end/close events swallowed, its history growing); the fix sets an idle timeout and destroys the socket and drops the history on timeout, end, close or error"
add $S b4a7d76 lib/spdy/handle.js --repo spdy-http2/node-spdy --license MIT \
  --class runtime --kind socket --receiver 'state.stream' --event null --line 56 --shape callback-never-fires \
  --desc "closing a stream handle passed the close callback (which frees the handle's HTTP parser) to stream.end(), but when shutdown() had already ended the stream that second end() never ran the callback, so every such handle kept its parser and everything it references; the fix calls the callback on the next tick when the server stream is already ending"

# arobson/rabbot (MIT)
R=$M/arobson+rabbot/repo
add $R fb7e754 src/exchangeFsm.js --repo arobson/rabbot --license MIT \
  --class syntactic --kind listener --receiver 'this' --event failed --line 140 --shape per-call-on-shared \
  --desc "every publish on an exchange registered a one-shot 'failed' handler on the long-lived exchange state machine that only went away if the exchange failed, so each successful publish left a handler (and its promise callbacks) behind; the fix keeps the subscription and unsubscribes it when the publish resolves or rejects"
add $R 6faeb8c src/topology.js --repo arobson/rabbot --license MIT \
  --class runtime --kind disposable --receiver 'this.channels[ channelName ]' --event null --line 146 --shape field-overwritten \
  --desc "declaring an exchange or queue that the topology already had built a new channel-owning primitive (with its handlers on the connection) and overwrote the old one in the channels map without releasing it, so repeated declarations accumulated orphaned primitives; the fix memoises the declaration promise per name so a duplicate declaration is a no-op (reset on reconnect)"

# marblejs/marble (MIT)
add $M/marblejs+marble/repo e0c13c4 packages/messaging/src/transport/strategies/amqp.strategy.ts --repo marblejs/marble --license MIT \
  --class runtime --kind listener --receiver 'channel' --event null --line 76 --shape no-timeout \
  --desc "each RPC sendMessage started a consumer on a fresh reply queue of the shared AMQP channel and cancelled it only when the matching reply arrived, so a request that never got a reply left its consumer and reply queue alive forever; the fix cancels the consumer after a timeout and gives the reply queue an expiry"

# n1ru4l/graphql-live-query (MIT)
add $M/n1ru4l+graphql-live-query/repo c14836a packages/in-memory-live-query-store/src/InMemoryLiveQueryStore.ts --repo n1ru4l/graphql-live-query --license MIT \
  --class runtime --kind listener --receiver 'this._store' --event null --line 172 --shape registry-never-pruned \
  --desc "each live query execution registered a record (its iterator and re-run closure) in the store's long-lived map so invalidations re-run it, but nothing removed the record when the client stopped consuming the iterator, so finished live queries stayed subscribed; the fix gives the iterator a return hook that deletes the record from the store"

# noodlefrenzy/node-amqp10 (MIT)
A=$M/noodlefrenzy+node-amqp10/repo/.git
add $A 07fdacd lib/link.js --repo noodlefrenzy/node-amqp10 --license MIT \
  --class syntactic --kind listener --receiver 'self' --event link:errorReceived --line 192 --shape per-call-on-shared \
  --desc "every addCredits() call put a one-shot error-received handler on the long-lived link that only went away if an error arrived, so each credit round that succeeded left a handler (and its promise) behind; the fix removes the error handler once the credit change resolves the promise"
add $A 8eeeb5b lib/link.js --repo noodlefrenzy/node-amqp10 --license MIT \
  --class syntactic --kind timer --receiver 'setTimeout' --event null --line 206 --shape untracked-timer \
  --desc "after a detach the link scheduled a reattach attempt with a setTimeout whose handle it did not keep, so a forced detach on disconnect could not cancel it and the link tried to reattach after the connection was gone; the fix stores the timer and clears it in forceDetach (and the session force-detaches reattaching links on disconnect)"

# batch tag (add-case.ts does not know batches)
for f in scan-corpus/fixes/cases/josdejong__workerpool__19fab44/case.json \
  scan-corpus/fixes/cases/spdy-http2__node-spdy__af27717/case.json \
  scan-corpus/fixes/cases/spdy-http2__node-spdy__adad599/case.json \
  scan-corpus/fixes/cases/spdy-http2__node-spdy__b4a7d76/case.json \
  scan-corpus/fixes/cases/arobson__rabbot__fb7e754/case.json \
  scan-corpus/fixes/cases/arobson__rabbot__6faeb8c/case.json \
  scan-corpus/fixes/cases/marblejs__marble__e0c13c4/case.json \
  scan-corpus/fixes/cases/n1ru4l__graphql-live-query__c14836a/case.json \
  scan-corpus/fixes/cases/noodlefrenzy__node-amqp10__07fdacd/case.json \
  scan-corpus/fixes/cases/noodlefrenzy__node-amqp10__8eeeb5b/case.json; do
  node -e 'const fs=require("fs");const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,"utf8"));j.batch="2026-12-07c";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")' "$f"
done
