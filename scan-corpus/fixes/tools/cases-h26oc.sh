#!/usr/bin/env bash
# Batch 2026-12-05o, list (c): leak-fix cases from held-out repositories
# (moscajs/mosca, TooTallNate/proxy-agents, jsmpeg/jsmpeg, postwait/node-amqp,
# vitalets/websocket-as-promised, apollographql/graphql-subscriptions, hoodiehq/hoodie,
# bilibili/flv.js). Added by a helper; classified from the diffs, without running the scanner.
# Bare clones come from the fetch tool under /work/.mirror/<owner>+<name>/repo.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# moscajs/mosca (MIT)
add $M/moscajs+mosca/repo 43698f5 lib/client.js --repo moscajs/mosca --license MIT \
  --class syntactic --kind timer --receiver 'this.inflight[packet.messageId].timer' --event null --line 176 --shape identity-mistake \
  --desc 'close() called clearTimeout on the inflight record instead of its .timer, so QoS 1 resend timers kept firing for a closed client; the fix clears inflight[id].timer'
add $M/moscajs+mosca/repo 94e1abd lib/client.js --repo moscajs/mosca --license MIT \
  --class syntactic --kind listener --receiver 'this.server.ascoltatore' --event null --line 338 --shape teardown-misses-removal \
  --desc 'close() (keepalive timeout, server close) ended the stream without unsubscribing the client handlers from the shared server.ascoltatore; the fix unsubscribes all subscriptions inside close()'
add $M/moscajs+mosca/repo bf13aeb lib/client.js --repo moscajs/mosca --license MIT \
  --class syntactic --kind listener --receiver 'this.server.ascoltatore' --event null --line 446 --shape field-overwritten \
  --desc 'subscribing twice to the same topic added a second handler to the shared ascoltatore and overwrote subscriptions[topic].handler, so the first handler could never be unsubscribed; the fix subscribes only when the topic is not yet subscribed'

# TooTallNate/proxy-agents (MIT)
add $M/TooTallNate+proxy-agents/repo ad68f63 packages/proxy-agent/src/index.ts --repo TooTallNate/proxy-agents --license MIT \
  --class runtime --kind disposable --receiver 'this.cache' --event null --line 140 --shape discarded-disposable \
  --desc 'per-proxy Agent instances were kept in an LRU cache and evicted without destroy(), leaving their keep-alive sockets open; the fix gives the cache a dispose callback that destroys the evicted agent'

# postwait/node-amqp (MIT, LICENSE-MIT)
add $M/postwait+node-amqp/repo 9fde5b0 amqp.js --repo postwait/node-amqp --license MIT \
  --class syntactic --kind listener --receiver 'this' --event error --line 2191 --shape per-call-on-shared \
  --keep 1-11,1997-2216 --keep-after 1-11,1997-2218 \
  --desc 'each confirmed publish added a once(error) listener to the long-lived exchange that was never removed when the ack arrived, so listeners piled up per message; the fix removes the error listener in the ack handler'
add $M/postwait+node-amqp/repo 5ea77b9 lib/connection.js --repo postwait/node-amqp --license MIT \
  --class runtime --kind timer --receiver 'this._inboundHeartbeatTimer' --event null --line 386 --shape timer-outlives-owner \
  --desc 'connection.end() left the inbound and outbound heartbeat timers armed until the socket close event, keeping the process alive for up to twice the heartbeat interval; the fix defines end() to clear both timers and disable heartbeats'

# vitalets/websocket-as-promised (MIT)
add $M/vitalets+websocket-as-promised/repo 85a9957 src/index.js --repo vitalets/websocket-as-promised --license MIT \
  --class not-a-leak --kind listener --receiver 'this._ws' --event open --line 196 --shape listeners-on-dropped-socket \
  --desc 'listeners on the per-connection WebSocket are now grouped in a subscription and switched off on close; the closed socket is dropped together with its listeners, so nothing was retained'

# apollographql/graphql-subscriptions (MIT)
add $M/apollographql+graphql-subscriptions/repo d3a477c src/pubsub.ts --repo apollographql/graphql-subscriptions --license MIT \
  --class runtime --kind other --receiver 'this.subscriptions' --event null --line 170 --shape map-entry \
  --desc 'SubscriptionManager.unsubscribe unsubscribed the internal pubsub ids but never deleted the subscriptions[subId] entry, so every finished subscription stayed in the map; the fix deletes it'
add $M/apollographql+graphql-subscriptions/repo 79d7f08 src/event-emitter-to-async-iterator.ts --repo apollographql/graphql-subscriptions --license MIT \
  --class runtime --kind listener --receiver 'eventEmitter' --event null --line 41 --shape eager-subscribe \
  --desc 'the async iterator added its listeners to the shared EventEmitter at creation, so an iterator that was never iterated nor returned left them attached forever; the fix adds them on the first next()'
add $M/apollographql+graphql-subscriptions/repo c8a7f7c src/pubsub-async-iterator.ts --repo apollographql/graphql-subscriptions --license MIT \
  --class runtime --kind listener --receiver 'this.pubsub' --event null --line 104 --shape eager-subscribe \
  --desc 'PubSubAsyncIterator subscribed to the shared PubSubEngine in its constructor, so an iterator that was never iterated nor returned stayed subscribed forever; the fix subscribes on the first next()'

# hoodiehq/hoodie (Apache-2.0, LICENSE; fix on the hoodie-client-legacy branch)
add $M/hoodiehq+hoodie/repo 6dc5bee1 src/hoodie/connection.js --repo hoodiehq/hoodie --license Apache-2.0 \
  --class syntactic --kind timer --receiver 'window' --event null --line 63 --shape discarded-timer \
  --desc 'each completed connection check scheduled the next check with a setTimeout whose handle was discarded, so every extra checkConnection call (online/offline events) started another polling loop; the fix keeps the handle and clears it before a new check'
