#!/usr/bin/env bash
# Batch 2026-12-06p, list (a): leak fixes from chimurai/http-proxy-middleware, cyclejs/xstream,
# mscdex/busboy, kefirjs/kefir, sindresorhus/p-queue, trentm/node-bunyan, nodegui/nodegui and
# caolan/async, added by a helper who classified them from the diffs only (no scan was run).
# cyclejs/xstream could not be fetched and nodegui/nodegui gave no case (its leak fixes are C++).
# Each case.json gets "batch": "2026-12-06p" afterwards (the loop at the end). Skipped diffs and
# repositories: tools/skipped-h36xa.md.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# chimurai/http-proxy-middleware (MIT)
add $M/chimurai+http-proxy-middleware/repo 2bf1f93 lib/index.js --repo chimurai/http-proxy-middleware --license MIT \
  --class syntactic --kind listener --receiver 'server' --event upgrade --line 51 --shape per-call-on-shared \
  --desc "with ws:true the middleware called catchUpgradeRequest(req.connection.server) on every HTTP request, adding the same debounced 'upgrade' listener to the long-lived server once per request and never removing it; the fix subscribes only once (a wsInitialized flag, also set when upgrade is wired externally)"

# mscdex/busboy (MIT)
add $M/mscdex+busboy/repo fe07626 lib/types/multipart.js --repo mscdex/busboy --license MIT \
  --class not-a-leak --kind listener --receiver 'part' --event data --line 103 --shape identity-mistake \
  --desc "when a file or field part exceeded its size limit, part.removeListener(onData) passed the handler as the event name and no listener (it threw in the Node of the time) instead of detaching the 'data' handler; the fix calls removeAllListeners('data') (and 'part' on the parser); the parts and parser live for one request, so this is limit enforcement, not a retained listener"

# kefirjs/kefir (MIT)
add $M/kefirjs+kefir/repo b91fa92 src/one-source/buffer-with-time-or-count.js --repo kefirjs/kefir --license MIT \
  --class runtime --kind timer --receiver 'setInterval' --event null --line 44 --shape late-connect \
  --desc "_onActivation subscribed to the source before starting the flush interval, so a source that ends synchronously on subscription (Kefir.never()) ended and deactivated the observable first, _onDeactivation found no interval to clear, and the setInterval started afterwards ran for ever; the fix starts the interval before subscribing"

# sindresorhus/p-queue (MIT)
add $M/sindresorhus+p-queue/repo e9074f0 source/index.ts --repo sindresorhus/p-queue --license MIT \
  --class syntactic --kind listener --receiver 'signal' --event abort --line 292 --shape per-call-on-shared \
  --desc "every task added with a signal raced its operation against #throwOnAbort(signal), which added an anonymous once-only 'abort' listener to the caller's (possibly shared, long-lived) AbortSignal and never removed it when the task finished, so a signal that never aborts collected one listener and pending promise per task; the fix keeps the handler and removes it in the task's finally"

# trentm/node-bunyan (MIT, LICENSE.txt; no licence field in package.json at the fix)
add $M/trentm+node-bunyan/repo 9036035 lib/bunyan.js --repo trentm/node-bunyan --license MIT \
  --class syntactic --kind timer --receiver 'this.timeout' --event null --line 990 --shape timer-outlives-owner \
  --desc "RotatingFileStream kept its next-rotation setTimeout in this.timeout and re-armed it after every rotation, but end()/destroy() only closed the file stream and never cleared it, so the timer kept the stream alive and kept the process from exiting; the fix unref()s the timer"

# caolan/async (MIT)
add $M/caolan+async/repo 4f6ece18 lib/timeout.js --repo caolan/async --license MIT \
  --class syntactic --kind timer --receiver 'setTimeout' --event null --line 72 --shape field-overwritten \
  --desc "the function returned by async.timeout() kept its timer (and callback) in variables shared by all calls, so a second call overwrote the first call's timer handle without clearing it: the first timer stayed armed and the completion clearTimeout cleared the wrong one, so it later fired a spurious timeout; the fix keeps timer, callback and timedOut per call"

# batch tag (add-case.ts does not know batches)
for f in scan-corpus/fixes/cases/chimurai__http-proxy-middleware__2bf1f93/case.json \
  scan-corpus/fixes/cases/mscdex__busboy__fe07626/case.json \
  scan-corpus/fixes/cases/kefirjs__kefir__b91fa92/case.json \
  scan-corpus/fixes/cases/sindresorhus__p-queue__e9074f0/case.json \
  scan-corpus/fixes/cases/trentm__node-bunyan__9036035/case.json \
  scan-corpus/fixes/cases/caolan__async__4f6ece1/case.json; do
  node -e 'const fs=require("fs");const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,"utf8"));j.batch="2026-12-06p";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")' "$f"
done
