#!/usr/bin/env bash
# Batch 2026-12-08c, list (h62a): leak fixes from Node.js servers and bots (Discord, Telegram/chat
# bots, realtime and API services): dirigeants/klasa, satorijs/satori, AkaruiDevelopment/aoi.js,
# museofficial/muse, bluesky-social/atproto, rocicorp/mono, added by a helper who classified them
# from the diffs only (no scan was run). Repositories fetched that gave no case are listed in
# tools/skipped-h62a.md with every diff read and not kept. Each case.json gets
# "batch": "2026-12-08c" afterwards (the loop at the end).
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# dirigeants/klasa (MIT) — Discord bot framework
add $M/dirigeants+klasa/repo 12aeffc2c src/lib/schedule/Schedule.js --repo dirigeants/klasa --license MIT \
  --class runtime --kind timer --receiver 'this.client' --event null --line 230 --shape identity-mistake \
  --desc "the task schedule started its interval with the client's tracking setInterval(), which also records the handle in the client's own set of intervals, but stopped it with the global clearInterval(), which cancels the timer and leaves the handle (and its bound callback) in the client's set, so every empty-then-refilled schedule left another entry behind; the fix clears it with client.clearInterval(), which also drops it from that set"

# satorijs/satori (MIT) — chat-bot protocol adapters
add $M/satorijs+satori/repo 8f06f3bf adapters/telegram/src/polling.ts --repo satorijs/satori --license MIT \
  --class runtime --kind timer --receiver 'setTimeout' --event null --line 48 --shape missing-in-teardown \
  --desc "the Telegram long-polling client rescheduled its polling loop with setTimeout() after each getUpdates (and after each retry delay) without keeping the handle, and its stop() was empty, so only a status check at the top of the next round ended the loop; a bot stopped and started again before that check kept the old loop polling beside the new one; the fix keeps the timer handle, clears it in stop() and re-checks the status after each request"

# AkaruiDevelopment/aoi.js (Apache-2.0) — Discord bot framework
add $M/AkaruiDevelopment+aoi.js/repo fe103c92 package/interpreter.js --repo AkaruiDevelopment/aoi.js --license Apache-2.0 \
  --class syntactic --kind timer --receiver 'setInterval' --event null --line 260 --shape identity-mistake \
  --desc "the editIn option started a setInterval that edits the sent message through a list of texts and was meant to stop when the list ran out, but it called an undefined ClearInterval() (capital C), which throws inside the callback, so the interval was never cleared and kept firing for the life of the bot; the fix calls clearInterval()"

# museofficial/muse (MIT) — Discord music bot; renamed from codetheweb/muse (both names checked)
U=$M/museofficial+muse/repo
add $U defb56e src/services/player.ts --repo museofficial/muse --license MIT \
  --class syntactic --kind listener --receiver 'this.voiceConnection' --event disconnect --line 443 --shape per-call-on-shared \
  --desc "attachListeners() ran after every play() and seek() and each time added a freshly bound 'disconnect' handler to the guild's long-lived voice connection (and a 'speaking' handler to the dispatcher) without removing the earlier ones, so handlers piled up on the connection for as long as it lived; the fix adds each handler only when none is registered yet"
add $U e5fc8c6 src/services/player.ts --repo museofficial/muse --license MIT \
  --class syntactic --kind disposable --receiver 'this.audioPlayer' --event null --line 234 --shape field-overwritten \
  --desc "play() and seek() replaced this.audioPlayer with a newly created AudioPlayer (and attached listeners to it) without stopping the previous player or removing its listeners, so each track change or seek left the old player, its resource stream and handlers alive; the fix stops the previous player and removes all its listeners before creating the new one"
add $U 812d01e src/services/updating-queue-embed.ts --repo museofficial/muse --license MIT \
  --class syntactic --kind timer --receiver 'setInterval' --event null --line 52 --shape missing-in-teardown \
  --desc "the queue embed started a 5-second setInterval that re-edits the interaction's reply and nothing in the class ever cleared it, so after the reply was deleted or a new queue message replaced it the interval kept firing failing edits for the rest of the process; the fix clears the interval and drops the interaction when a new embed is created or the reply is found deleted"

# bluesky-social/atproto (MIT at the fix, root package.json; LICENSE offers MIT or Apache-2.0) — API and relay services
A=$M/bluesky-social+atproto/repo
add $A 3babc8bb6e packages/xrpc-server/src/stream/websocket-keepalive.ts --repo bluesky-social/atproto --license MIT \
  --class syntactic --kind listener --receiver 'signal' --event abort --line 147 --shape per-call-on-shared \
  --desc "every (re)connection of the keep-alive websocket subscription added an 'abort' listener to the caller's long-lived AbortSignal, scoped to a per-connection AbortController that was aborted only on an abnormal close, so each reconnect after an ordinary network error or clean end left another listener (and its controller) on the outer signal; the fix aborts the per-connection controller in a finally block on every exit"
add $A 36dbd41551 packages/internal/fetch-node/src/unicast.ts --repo bluesky-social/atproto --license MIT \
  --class runtime --kind socket --receiver 'dispatcher' --event null --line 104 --shape error-path \
  --desc "the SSRF-safe fetch wrapper made its request through a one-off undici Client and, when the lookup check failed, threw from the finally block and discarded the response without consuming or cancelling its body, so the graceful dispatcher.close() kept waiting on that response and the connection stayed open; the fix cancels the response body before throwing"

# rocicorp/mono (Apache-2.0) — Zero sync server (zero-cache)
R=$M/rocicorp+mono/repo
add $R 177d6c1f9 packages/zero-cache/src/custom-queries/transform-query.ts --repo rocicorp/mono --license Apache-2.0 \
  --class types --kind disposable --receiver 'this.#cache' --event null --line 90 --shape missing-in-teardown \
  --desc "each CustomQueryTransformer, created per client-group activation, built a TimedCache whose constructor starts a repeating cleanup setInterval, and the transformer had no teardown, so every activation left an interval plus its cache rooted by the timer list; the fix gives the transformer a destroy() that destroys the cache, which the view syncer calls on cleanup"
add $R 0c01553ee packages/zero-cache/src/services/change-streamer/storer.ts --repo rocicorp/mono --license Apache-2.0 \
  --class runtime --kind other --receiver 'this.stopped.promise' --event null --line 136 --shape per-call-on-shared \
  --desc "the storer's run loop awaited Promise.race() of the next queue entry and the long-lived stopped promise on every iteration, and each race attaches a new reaction to the never-settling stopped promise, so reactions (and the entries they reference) accumulated for the life of the service; the fix drops the race and stops the loop with a 'stop' entry pushed into the queue"

# types cases: the modules their files import
npx tsx test/scan/eval/add-imports.ts "$R" rocicorp__mono__177d6c1 --depth 2 --max-lines 6000

# batch tag (add-case.ts does not know batches)
for f in scan-corpus/fixes/cases/dirigeants__klasa__12aeffc/case.json \
  scan-corpus/fixes/cases/satorijs__satori__8f06f3b/case.json \
  scan-corpus/fixes/cases/AkaruiDevelopment__aoi.js__fe103c9/case.json \
  scan-corpus/fixes/cases/museofficial__muse__defb56e/case.json \
  scan-corpus/fixes/cases/museofficial__muse__e5fc8c6/case.json \
  scan-corpus/fixes/cases/museofficial__muse__812d01e/case.json \
  scan-corpus/fixes/cases/bluesky-social__atproto__3babc8b/case.json \
  scan-corpus/fixes/cases/bluesky-social__atproto__36dbd41/case.json \
  scan-corpus/fixes/cases/rocicorp__mono__177d6c1/case.json \
  scan-corpus/fixes/cases/rocicorp__mono__0c01553/case.json; do
  node -e 'const fs=require("fs");const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,"utf8"));j.batch="2026-12-08c";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")' "$f"
done
