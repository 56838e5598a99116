#!/usr/bin/env bash
# Batch 2026-12-06o, list (a): leak fixes from the held-out repositories of the thirtieth fresh
# batch (atlassian/react-beautiful-dnd, bilibili/flv.js, mafintosh/pump, mafintosh/tar-stream,
# expressjs/session, protobufjs/protobuf.js, sindresorhus/p-timeout, socketstream/socketstream),
# added by a helper who classified them from the diffs only (no scan was run). Only flv.js and
# p-timeout gave cases. Each case.json gets "batch": "2026-12-06o" afterwards (the loop at the
# end). Skipped diffs and repositories: tools/skipped-h35wa.md.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# bilibili/flv.js (Apache-2.0 in package.json at the fix; the repository had no licence before 2016-10-26)
add $M/bilibili+flv.js/repo 90b3463 src/io/fetch-stream-loader.js --repo bilibili/flv.js --license Apache-2.0 \
  --class syntactic --kind socket --receiver 'self.fetch(seekConfig.url, params)' --event null --line 121 --shape aborted-connect \
  --desc 'abort() only set _requestAbort, so a fetch aborted before its response arrived returned from then() without cancelling res.body and the (live, endless) HTTP stream kept downloading, and a stalled stream was not cancelled until its next chunk; the fix passes an AbortController signal to fetch and aborts it in abort()'

# sindresorhus/p-timeout (MIT)
add $M/sindresorhus+p-timeout/repo 52d1a6d index.js --repo sindresorhus/p-timeout --license MIT \
  --class syntactic --kind timer --receiver 'customTimers.setTimeout' --event null --line 72 --shape one-shot-timeout \
  --desc 'the timeout timer was cleared only in the finally after awaiting the input promise, so when the abort signal rejected the wrapper first the timer stayed armed (holding the input promise) and later fired, cancelling the input; the fix clears it in a finally on the wrapper promise'
add $M/sindresorhus+p-timeout/repo b92608a index.js --repo sindresorhus/p-timeout --license MIT \
  --class syntactic --kind listener --receiver 'signal' --event abort --line 59 --shape per-call-on-shared \
  --desc "every pTimeout call with a signal added an anonymous 'abort' listener to the caller's (possibly long-lived) AbortSignal and never removed it, so a shared signal collected one listener and wrapper per call; the fix names the handler, adds it once-only and removes it when the input promise settles"
add $M/sindresorhus+p-timeout/repo fd93994 index.js --repo sindresorhus/p-timeout --license MIT \
  --class runtime --kind listener --receiver 'signal' --event abort --line 63 --shape removal-on-wrong-promise \
  --desc "the 'abort' listener on the caller's signal was removed in promise.finally() of the input promise, so after a timeout it stayed on the signal until the input settled (for ever if it never does), and a rejecting input left an unhandled rejection; the fix removes it when the returned wrapper promise settles"

# batch tag (add-case.ts does not know batches)
for f in scan-corpus/fixes/cases/bilibili__flv.js__90b3463/case.json \
  scan-corpus/fixes/cases/sindresorhus__p-timeout__52d1a6d/case.json \
  scan-corpus/fixes/cases/sindresorhus__p-timeout__b92608a/case.json \
  scan-corpus/fixes/cases/sindresorhus__p-timeout__fd93994/case.json; do
  node -e 'const fs=require("fs");const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,"utf8"));j.batch="2026-12-06o";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")' "$f"
done
