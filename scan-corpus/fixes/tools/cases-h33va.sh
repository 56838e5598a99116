#!/usr/bin/env bash
# Batch 2026-12-06n, list (a): leak fixes from held-out repositories (pubnub/javascript,
# muaz-khan/RecordRTC, rethinkdb/horizon, rethinkdb/rethinkdb-ts), added by a helper who
# classified them from the diffs only (no scan was run). Each case.json gets "batch": "2026-12-06n"
# afterwards. Skipped diffs: tools/skipped-h33va.md.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# pubnub/javascript (MIT until 2023-10; both fixes are older)
add $M/pubnub+javascript/repo 5c5f9293 src/core/components/reconnection_manager.js --repo pubnub/javascript --license MIT \
  --class syntactic --kind timer --receiver 'setInterval' --event null --line 23 --shape no-teardown \
  --desc 'the reconnection time-poll interval was cleared only when a time request succeeded, so after disconnect or unsubscribe-all it kept polling; the fix adds stopPolling() that clears it'
add $M/pubnub+javascript/repo b02dd44a core/pubnub-common.js --repo pubnub/javascript --license MIT \
  --class syntactic --kind timer --receiver 'timeout' --event null --line 1397 --shape timer-outlives-owner \
  --desc 'the self-rescheduling online/keepalive poll timeouts were started with no handle kept, so they ran forever and kept the process alive; the fix stores the handles and clears them on reset and in a new stop_timers()'

# muaz-khan/RecordRTC (MIT); the root RecordRTC.js is built by grunt from dev/, so dev/ files are used
add $M/muaz-khan+RecordRTC/repo f5208a7 dev/WebAssemblyRecorder.js --repo muaz-khan/RecordRTC --license MIT \
  --class syntactic --kind timer --receiver 'setTimeout' --event null --line 53 --shape timer-outlives-owner \
  --desc 'the camera frame loop rescheduled itself with setTimeout forever and was never stopped when recording stopped; the fix makes it an interval kept in cameraTimer and clears it in stop()'
add $M/muaz-khan+RecordRTC/repo ae8a3d3 dev/MultiStreamsMixer.js --repo muaz-khan/RecordRTC --license MIT \
  --class syntactic --kind disposable --receiver 'self.audioContext' --event null --line 318 --shape teardown-incomplete \
  --desc 'each mixer created an AudioContext that releaseStreams() only dropped the reference to, so contexts piled up until the browser limit; the fix closes it in releaseStreams()'
add $M/muaz-khan+RecordRTC/repo 0a6d24e dev/StereoAudioRecorder.js --repo muaz-khan/RecordRTC --license MIT \
  --class syntactic --kind disposable --receiver 'webWorker' --event null --line 305 --shape discarded-disposable \
  --desc 'every stop spawned a web worker to merge the audio buffers and never terminated it, so workers piled up until Chrome killed the page; the fix terminates the worker in its onmessage handler'

# rethinkdb/horizon (client/package.json says ISC at the fix; MIT later)
add $M/rethinkdb+horizon/repo df13b40 client/src/index.js --repo rethinkdb/horizon --license ISC \
  --class syntactic --kind listener --receiver 'this.remoteListeners' --event null --line 312 --shape dead-teardown \
  --desc 'ListenerSet.dispose() wrapped its unregistration in Promise.resolve(fn), which never calls fn, so every request emitter left its error/response listeners on the shared socket emitter; the fix runs the unregistration directly'

# rethinkdb/rethinkdb-ts (MIT at the fix, then named rebirthdbts)
add $M/rethinkdb+rethinkdb-ts/repo c7f1cb1 src/connection/connection-pool.ts --repo rethinkdb/rethinkdb-ts --license MIT \
  --class syntactic --kind timer --receiver 'setTimeout' --event null --line 165 --shape dropped-handle \
  --desc 'the per-connection idle timeout was dropped from the timers map without clearTimeout when a query started and left running when a connection was closed, so stale timers held closed connections and fired later; the fix clears it in removeIdleTimer()'
