#!/usr/bin/env bash
# Batch 2026-12-06k, list (b): leak fixes added by a helper, classified from the diffs (no scan).
# Repositories: mcollina/aedes, mapbox/node-sqlite3, zeromq/zeromq.js, hapijs/wreck,
# tiagosiebler/binance, bitfinexcom/bitfinex-api-node, sockjs/sockjs-node (held-out half).
# Mirrors fetched with the fetch tool to /work/.mirror/<owner>+<name>/repo.
set -e
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# mcollina/aedes
add $M/mcollina+aedes/repo 89329c3 lib/client.js --repo mcollina/aedes --license MIT \
  --class syntactic --kind listener --receiver 'client' --event connected --line 333 --shape per-call-on-shared \
  --desc "enqueue() added a new 'connected' listener to the client for every packet parsed before CONNACK, piling up closures; the fix queues packets and registers one 'connected' listener in the constructor"

# hapijs/wreck
add $M/hapijs+wreck/repo 9332bbe lib/index.js --repo hapijs/wreck --license BSD-3-Clause \
  --class runtime --kind other --receiver 'req' --event null --line 290 --shape monkey-patch-closure \
  --desc "each request replaced req.abort with a closure over finishOnce and the request's state and never restored it, so whatever kept the request kept that state alive; the fix restores the original abort in finish()"

# tiagosiebler/binance
add $M/tiagosiebler+binance/repo b9e76d1 src/websocket-client.ts --repo tiagosiebler/binance --license MIT \
  --class syntactic --kind timer --receiver 'this.wsStore.get(wsKey, true)!.activePingTimer' --event null --line 275 --shape field-overwritten \
  --desc "onWsOpen stored a new ping setInterval in activePingTimer on every (re)open without clearing the previous one, so ping intervals piled up; the fix clears the old interval first"
add $M/tiagosiebler+binance/repo afff841 src/websocket-client.ts --repo tiagosiebler/binance --license MIT \
  --class syntactic --kind timer --receiver 'setTimeout' --event null --line 1020 --shape discarded-timer \
  --keep 1-1141,1994-1994 --keep-after 1-1156,2009-2009 \
  --desc "the listen-key keep-alive retry setTimeout was not stored, so clearing the listen key's timers on teardown could not cancel it and it re-ran the keep-alive check for a closed socket; the fix stores it in keepAliveRetryTimer and clears it"
add $M/tiagosiebler+binance/repo ebbe7d8 lib/ws.js --repo tiagosiebler/binance --license MIT \
  --class syntactic --kind timer --receiver 'setInterval' --event null --line 111 --shape discarded-timer \
  --desc "onUserData() started a listen-key keep-alive setInterval whose handle was discarded, so it ran forever and every call added another; the fix stores the handle and clears the previous interval on each call and when the listen key expires"
