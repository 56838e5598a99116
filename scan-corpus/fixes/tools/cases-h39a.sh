#!/usr/bin/env bash
# Batch 2026-12-07e, list (a): leak fixes from SDKs and agents that run inside long-lived
# processes (feature-flag SDKs, a cloud messaging client): Azure/azure-service-bus-node,
# launchdarkly/js-core, splitio/javascript-commons and Unleash/unleash-client-node, added by a
# helper who classified them from the diffs only (no scan was run). configcat/node-sdk gave no
# case (its polling and caching live in configcat-common) and jaegertracing/jaeger-client-node
# none (its sources carry `@flow` pragmas). Each case.json gets "batch": "2026-12-07e" afterwards
# (the loop at the end).
# Skipped diffs and repositories: tools/skipped-h39a.md.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# Azure/azure-service-bus-node (MIT)
A=$M/Azure+azure-service-bus-node/repo
add $A a221b0c lib/core/batchingReceiver.ts --repo Azure/azure-service-bus-node --license MIT \
  --class syntactic --kind listener --receiver 'this._receiver!.session' --event sessionError --line 350 --shape per-call-on-shared \
  --desc "each receiveBatch call on an already open link added a sessionError handler to the link's session, but the normal completion path (finalAction) detached only the message and receiverError handlers, so every successful batch left one more session listener holding that call's closure; the fix removes the session listener in finalAction and registers the handler that the error paths actually remove"
add $A 7ea2187 lib/core/batchingReceiver.ts --repo Azure/azure-service-bus-node --license MIT \
  --class runtime --kind listener --receiver 'this._receiver' --event message --line 311 --shape identity-mistake \
  --desc "when the first batch receive created the link it handed rhea wrapper closures around its message and close handlers (and the base class wrapped them once more), while finalAction removed the unwrapped onReceiveMessage, so the wrappers of that first call stayed attached to the reused link and kept receiving messages; the fix passes the handlers themselves and lets _createReceiverOptions spread them unchanged"
add $A 1098ee6 lib/core/messageReceiver.ts --repo Azure/azure-service-bus-node --license MIT \
  --class runtime --kind timer --receiver 'timer' --event null --line 292 --shape missing-in-teardown \
  --desc "the per-message lock-renewal setTimeout chain was stopped only when the user's message handler returned, so a message settled early or a link or session that closed while a handler was still running kept renewing locks for up to the maximum auto-renew duration; the fix keeps each message's renewal timer in a map on the receiver and clears it when the message is settled or its handler finishes, and clears them all when the receiver or its session closes"

# launchdarkly/js-core (Apache-2.0)
L=$M/launchdarkly+js-core/repo
add $L f58e746a0 packages/shared/sdk-client/src/DataManager.ts --repo launchdarkly/js-core --license Apache-2.0 \
  --class types --kind disposable --receiver 'this.updateProcessor' --event null --line 167 --shape missing-in-teardown \
  --desc "the client data manager kept its streaming (or polling) processor in updateProcessor but had no close method, and the client's close() still closed an old field that was no longer assigned, so closing the SDK left the streaming connection open; the fix adds close() to the data manager (closing the processor and refusing later identify calls) and calls it from the client"
add $L fccbfaccb packages/shared/sdk-server/src/LDClientImpl.ts --repo launchdarkly/js-core --license Apache-2.0 \
  --class runtime --kind timer --receiver 'timedPromise' --event null --line 914 --shape timer-outlives-owner \
  --desc "waitForInitialization raced initialisation against a timeout promise whose setTimeout was never cancelled, so the timer stayed armed (keeping the process alive and its rejection pending) for the whole timeout even after the client had initialised; the fix uses a cancelable timed promise and cancels it once initialisation completes"
add $L bb3c95041 packages/shared/sdk-server/src/LDClientImpl.ts --repo launchdarkly/js-core --license Apache-2.0 \
  --class runtime --kind timer --receiver 'cancelableTimeout' --event null --line 941 --shape cleared-on-success-only \
  --desc "the cancelable waitForInitialization timeout was cancelled only in a then() of the initialisation promise, so when initialisation failed the timeout timer stayed armed until it fired; the fix cancels it in a finally() on the raced promise"

# splitio/javascript-commons (Apache-2.0)
S=$M/splitio+javascript-commons/repo
add $S 9176f67a src/sync/polling/pollingManagerSS.ts --repo splitio/javascript-commons --license Apache-2.0 \
  --class runtime --kind timer --receiver 'segmentsSyncTask' --event null --line 34 --shape late-start \
  --desc "the server-side polling manager started the segments sync task (a self-rescheduling setTimeout loop) when the first splits fetch resolved, without checking whether stop() had run in the meantime, so destroying the SDK before it was ready left the segments polling timer running forever; the fix starts it only while the splits task is still running"
add $S 4374f944 src/sync/polling/updaters/mySegmentsUpdater.ts --repo splitio/javascript-commons --license Apache-2.0 \
  --class runtime --kind timer --receiver 'setTimeout' --event null --line 100 --shape timer-outlives-owner \
  --desc "the mySegments updater delayed a fetch requested by a streaming notification with a setTimeout whose handle was dropped, so stopping synchronisation (or destroying the client) could not cancel it and the delayed fetch still ran afterwards; the fix moves the delay into the update worker, which keeps the handle and clears it in stop()"

# Unleash/unleash-client-node (Apache-2.0)
add $M/Unleash+unleash-client-node/repo 33ed411 src/repository.ts --repo Unleash/unleash-client-node --license Apache-2.0 \
  --class runtime --kind timer --receiver 'this.timer' --event null --line 70 --shape late-start \
  --desc "each completed feature fetch armed the next polling setTimeout, so a stop() that ran before the constructor's nextTick fetch or while a fetch was in flight cleared nothing and the fetch's callback re-armed the timer, leaving polling running after destroy; the fix records a stopped flag that makes fetch() return early"

# types cases: the modules their files import
npx tsx test/scan/eval/add-imports.ts "$L" launchdarkly__js-core__f58e746 --depth 2 --max-lines 6000

# batch tag (add-case.ts does not know batches)
for f in scan-corpus/fixes/cases/Azure__azure-service-bus-node__a221b0c/case.json \
  scan-corpus/fixes/cases/Azure__azure-service-bus-node__7ea2187/case.json \
  scan-corpus/fixes/cases/Azure__azure-service-bus-node__1098ee6/case.json \
  scan-corpus/fixes/cases/launchdarkly__js-core__f58e746/case.json \
  scan-corpus/fixes/cases/launchdarkly__js-core__fccbfac/case.json \
  scan-corpus/fixes/cases/launchdarkly__js-core__bb3c950/case.json \
  scan-corpus/fixes/cases/splitio__javascript-commons__9176f67/case.json \
  scan-corpus/fixes/cases/splitio__javascript-commons__4374f94/case.json \
  scan-corpus/fixes/cases/Unleash__unleash-client-node__33ed411/case.json; do
  node -e 'const fs=require("fs");const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,"utf8"));j.batch="2026-12-07e";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")' "$f"
done
