#!/usr/bin/env bash
# Batch 2026-12-07f, list (l): leak fixes from long-running data and device code (database
# drivers, PLC/serial device clients): surrealdb/surrealdb.js, plcpeople/nodeS7 and
# ravendb/ravendb-nodejs-client, added by a helper who classified them from the diffs only (no
# scan was run). ClickHouse/clickhouse-js gave no case (its socket and timeout work came as
# reworks, not as targeted fixes). Each case.json gets "batch": "2026-12-07f" afterwards (the loop
# at the end).
# Skipped diffs and repositories: tools/skipped-h40l.md.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# surrealdb/surrealdb.js (MIT at 5edd20b, Apache-2.0 at the later fixes)
S=$M/surrealdb+surrealdb.js/repo
add $S 5edd20b src/classes/emitter.ts --repo surrealdb/surrealdb.js --license MIT \
  --class syntactic --kind listener --receiver 'this' --event null --line 85 --shape identity-mistake \
  --desc "the emitter's once() registered a named wrapper function but, when it fired, asked removeListener to drop the caller's original listener instead of that wrapper, so the wrapper was never removed and every once() subscription stayed registered (and ran again on later emits); the fix removes the wrapper itself"
add $S a8f92c4 src/util/emitter.ts --repo surrealdb/surrealdb.js --license Apache-2.0 \
  --class runtime --kind listener --receiver 'this' --event null --line 68 --shape broken-removal \
  --desc "unSubscribe() only spliced a listener out when its findIndex result was truthy, so a listener at index 0 (the only one on each per-request rpc event that subscribeOnce registers) was never removed and the emptied per-event arrays were never deleted, making the listener map grow with every RPC call; the fix tests index >= 0, deletes an event's entry once its list is empty, and stops buffering replayed events for once-subscriptions"
add $S 1f32c56 src/library/SurrealSocket.ts --repo surrealdb/surrealdb.js --license Apache-2.0 \
  --class runtime --kind other --receiver 'this.queue' --event null --line 98 --shape map-retention \
  --desc "send() stored each request's response callback in the socket's queue object under the request id, and the message handler called it but never removed it, so every callback (and what it closed over) stayed in the queue for the socket's lifetime; the fix deletes the entry after dispatching the response"

# plcpeople/nodeS7 (MIT)
N=$M/plcpeople+nodeS7/repo
add $N 4e575cb nodeS7.js --repo plcpeople/nodeS7 --license MIT \
  --class syntactic --kind socket --receiver 'self.isoclient' --event null --line 156 --shape field-overwritten \
  --keep 1-36,124-168,1392-1407 --keep-after 1-36,124-166,1390-1407 \
  --desc "connectNow() called connectionCleanup(), which only stripped the listeners from the previous TCP socket, and then replaced self.isoclient with a new net.connect() socket, so on every reconnect the old socket (half-closed or still open) was left behind with no listeners; the fix destroys the socket inside connectionCleanup() instead of only in dropConnection's fallback timer"
add $N 26466f6 src/s7connection.js --repo plcpeople/nodeS7 --license MIT \
  --class syntactic --kind timer --receiver 'job.timer' --event null --line 238 --shape missing-in-teardown \
  --desc "each in-flight job got a request-timeout setTimeout stored on the job, cleared when its reply arrived, but destroy() rejected and dropped the in-flight jobs without clearing those timers, so a destroyed connection kept pending timeouts that fired into it later; the fix clears each job's timer in destroy()"
add $N 71adbbf src/s7endpoint.js --repo plcpeople/nodeS7 --license MIT \
  --class syntactic --kind timer --receiver 'this._reconnectTimer' --event null --line 341 --shape missing-in-teardown \
  --desc "_scheduleReconnection() armed a reconnect setTimeout kept in _reconnectTimer that only _connect() and a new schedule cleared, so disconnecting (or destroying the connection with reconnection skipped) while a retry was pending still let the timer open a fresh PLC connection afterwards; the fix clears the reconnect timer in _destroyConnection()"

# ravendb/ravendb-nodejs-client (MIT)
R=$M/ravendb+ravendb-nodejs-client/repo
add $R 3736174b src/Http/RequestExecutor.ts --repo ravendb/ravendb-nodejs-client --license MIT \
  --class syntactic --kind timer --receiver 'cancelTask' --event null --line 992 --shape error-path \
  --keep 1-57,142-142,977-1047,1865-1865 --keep-after 1-57,142-142,977-1046,1864-1864 \
  --desc "_sendRequestToServer armed a per-request abort setTimeout and cleared it only after a successful send, so a request that failed kept its timer (and the request's closures) alive for the whole timeout and held the process open; the fix clears the timer in a finally block"
add $R 0e9ba71d src/Http/NodeSelector.ts --repo ravendb/ravendb-nodejs-client --license MIT \
  --class not-a-leak --kind timer --receiver 'this._updateFastestNodeTimer' --event null --line 297 --shape inert-timer \
  --desc "scheduleSpeedTest() created a Timer with no due time and no period, which schedules nothing, and RequestExecutor replaced its NodeSelector without disposing it; the commit gives the timer a one-minute schedule and adds NodeSelector.dispose(), which the executor now calls, so before it there was no running timer to leak"

# batch tag (add-case.ts does not know batches)
for f in scan-corpus/fixes/cases/surrealdb__surrealdb.js__5edd20b/case.json \
  scan-corpus/fixes/cases/surrealdb__surrealdb.js__a8f92c4/case.json \
  scan-corpus/fixes/cases/surrealdb__surrealdb.js__1f32c56/case.json \
  scan-corpus/fixes/cases/plcpeople__nodeS7__4e575cb/case.json \
  scan-corpus/fixes/cases/plcpeople__nodeS7__26466f6/case.json \
  scan-corpus/fixes/cases/plcpeople__nodeS7__71adbbf/case.json \
  scan-corpus/fixes/cases/ravendb__ravendb-nodejs-client__3736174/case.json \
  scan-corpus/fixes/cases/ravendb__ravendb-nodejs-client__0e9ba71/case.json; do
  node -e 'const fs=require("fs");const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,"utf8"));j.batch="2026-12-07f";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")' "$f"
done
