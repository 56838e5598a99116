#!/usr/bin/env bash
# Batch 2026-12-07h, list (p): leak fixes from job queues, worker pools, process managers and
# retry/circuit-breaker libraries: connor4312/cockatiel, nodeshift/opossum, graphile/worker,
# weyoss/redis-smq and cloudamqp/amqp-client.js, added by a helper who classified them from the
# diffs only (no scan was run). tinylibs/tinypool was tried and gave no case. Each case.json gets
# "batch": "2026-12-07h" afterwards (the loop at the end).
# Skipped diffs and repositories: tools/skipped-h42p.md.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# connor4312/cockatiel (MIT)
C=$M/connor4312+cockatiel/repo
add $C 0c62f66 src/common/abort.ts --repo connor4312/cockatiel --license MIT \
  --class types --kind listener --receiver 'signal' --event abort --line 23 --shape per-call-on-shared \
  --desc "every derived AbortController subscribed to its parent signal through the onAbort helper (which adds an 'abort' listener to the signal) and threw the returned subscription away, so each policy call against a long-lived parent signal, the module's never-aborted default signal included, left a listener holding its controller; the fix skips the never-aborted signal and lets the listener reach the controller only through a WeakRef"
add $C 3d63ca1 src/common/Event.ts --repo connor4312/cockatiel --license MIT \
  --class syntactic --kind listener --receiver 'signal' --event abort --line 84 --shape missing-in-teardown \
  --desc "onAbort() added an 'abort' listener to the caller's signal that was removed only when that signal aborted, and it returned no way to remove it, so every timeout or cancellable wait run against a signal that outlived it left one more listener on the signal; the fix returns a dispose() that removes the signal listener, and the timeout policy, the derived controllers and Event.toPromise now call it when they finish"

# nodeshift/opossum (Apache-2.0)
O=$M/nodeshift+opossum/repo
add $O e14796c lib/hystrix-stats.js --repo nodeshift/opossum --license Apache-2.0 \
  --class syntactic --kind listener --receiver '_readableStream' --event null --line 63 --shape per-call-on-shared \
  --desc "every circuit's HystrixStats piped its own readable stream into the single module-level hystrix stream and nothing ever unpiped it, so circuits that were no longer used stayed attached to the shared stream (its listener limit had been raised to hide the growth); the fix keeps the readable on the instance and adds a shutdown() that unpipes it, called from the new circuit.shutdown()"
add $O 91e2dbe lib/status.js --repo nodeshift/opossum --license Apache-2.0 \
  --class syntactic --kind timer --receiver 'interval' --event null --line 65 --shape missing-in-teardown \
  --desc "Status started a bucket-rotation interval and a snapshot interval without keeping either handle, and its shutdown() only removed listeners, so a shut-down circuit's two intervals kept running and kept its status window alive; the fix stores both handles and clears them in shutdown()"
add $O 7f488f1 lib/circuit.js --repo nodeshift/opossum --license Apache-2.0 \
  --class syntactic --kind timer --receiver 'timer' --event null --line 178 --shape missing-in-teardown \
  --desc "each time the circuit opened it armed a reset timer (and the constructor a warm-up timer) whose handle was dropped, so shutdown() could not cancel them and a pending reset timer outlived a shut-down circuit or a later re-open; the fix keeps both handles, clears the reset timer when the circuit opens again and clears both in shutdown()"

# graphile/worker (MIT)
G=$M/graphile+worker/repo
add $G e714bd0 src/main.ts --repo graphile/worker --license MIT \
  --class syntactic --kind listener --receiver 'client' --event notification --line 213 --shape per-call-on-shared \
  --desc "the pooled client used for LISTEN got 'notification' and 'error' handlers that were never removed, so when an error released the client back to the pg pool and a new one was connected, the old client went back into circulation still carrying the worker pool's handlers; the fix names the handlers and its release() removes both (and UNLISTENs) before returning the client to the pool"
add $G 150beee src/main.ts --repo graphile/worker --license MIT \
  --class syntactic --kind listener --receiver '_signalHandlersEventEmitter' --event gracefulShutdown --line 69 --shape per-call-on-shared \
  --desc "each runTaskList() call added gracefulShutdown and forcefulShutdown forwarding listeners to a module-level emitter (and the first one process signal handlers) that were never removed, so every worker pool started and released stayed referenced by the module; the fix returns a release function that removes the pool's listeners, and the process signal handlers once no pool is left, and calls it when the pool is released"

# weyoss/redis-smq (MIT)
R=$M/weyoss+redis-smq/repo
add $R 4d3a066b src/system/common/worker-runner/worker-runner.ts --repo weyoss/redis-smq --license MIT \
  --class syntactic --kind listener --receiver 'process' --event exit --line 40 --shape per-call-on-shared \
  --desc "for every worker it forked the runner added another process 'exit' listener that kills all its workers and never removed any of them, so each run (and each worker in it) left a listener on the global process holding the runner; the fix registers one named listener per run and removes it when the runner shuts down"
add $R a975a055 src/gc.js --repo weyoss/redis-smq --license MIT \
  --class runtime --kind listener --receiver 'consumer' --event null --line 62 --shape guard-skips-teardown \
  --desc "the garbage collector registered its nine handlers on the consumer on every start() and removed them only at the end of a clean stop(), inside the lock manager's quit callback, so a start after a stop that did not complete added a second set of handlers to the consumer; the fix removes the previous handlers before registering new ones"

# cloudamqp/amqp-client.js (Apache-2.0)
add $M/cloudamqp+amqp-client.js/repo de0e8dc src/amqp-subscription.ts --repo cloudamqp/amqp-client.js --license Apache-2.0 \
  --class types --kind disposable --receiver 'this.consumer.channel' --event null --line 37 --shape missing-in-teardown \
  --desc "queue.subscribe() opens a dedicated channel for each subscription, but the subscription's cancel() only cancelled the consumer and left that channel open, so subscribing and cancelling repeatedly leaked one channel per cycle until the connection closed; the fix closes the consumer's channel in cancel()"

# types cases: the modules their files import
npx tsx test/scan/eval/add-imports.ts "$C" connor4312__cockatiel__0c62f66 --depth 2 --max-lines 6000
npx tsx test/scan/eval/add-imports.ts "$M/cloudamqp+amqp-client.js/repo" cloudamqp__amqp-client.js__de0e8dc --depth 2 --max-lines 6000

# batch tag (add-case.ts does not know batches)
for f in scan-corpus/fixes/cases/connor4312__cockatiel__0c62f66/case.json \
  scan-corpus/fixes/cases/connor4312__cockatiel__3d63ca1/case.json \
  scan-corpus/fixes/cases/nodeshift__opossum__e14796c/case.json \
  scan-corpus/fixes/cases/nodeshift__opossum__91e2dbe/case.json \
  scan-corpus/fixes/cases/nodeshift__opossum__7f488f1/case.json \
  scan-corpus/fixes/cases/graphile__worker__e714bd0/case.json \
  scan-corpus/fixes/cases/graphile__worker__150beee/case.json \
  scan-corpus/fixes/cases/weyoss__redis-smq__4d3a066/case.json \
  scan-corpus/fixes/cases/weyoss__redis-smq__a975a05/case.json \
  scan-corpus/fixes/cases/cloudamqp__amqp-client.js__de0e8dc/case.json; do
  node -e 'const fs=require("fs");const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,"utf8"));j.batch="2026-12-07h";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")' "$f"
done
