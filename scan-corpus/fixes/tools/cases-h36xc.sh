#!/usr/bin/env bash
# Batch 2026-12-06q, list (c): leak fixes from mafintosh/hypercore, mafintosh/duplexify,
# mafintosh/torrent-stream, feross/bittorrent-dht, webtorrent/torrent-discovery, fastify/avvio,
# fastify/light-my-request and pimterry/mockttp, added by a helper who classified them from the
# diffs only (no scan was run). mafintosh/duplexify and fastify/avvio gave no case (no leak fix in
# their histories). Each case.json gets "batch": "2026-12-06q" afterwards (the loop at the end).
# Skipped diffs and repositories: tools/skipped-h36xc.md.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# mafintosh/hypercore (MIT; the fetched mirror is a work tree, its git dir is repo/.git)
H=$M/mafintosh+hypercore/repo/.git
add $H d1a6c75 lib/swarm.js --repo mafintosh/hypercore --license MIT \
  --class syntactic --kind listener --receiver 'feed' --event have --line 91 --shape per-call-on-shared \
  --desc "Swarm.onwire() added an anonymous 'have' listener to the long-lived feed for every wire (peer connection) and never removed it, so every disconnected wire (and its remote bitfield) stayed referenced by the feed; the fix subscribes once per swarm in the constructor and loops over the current wires"
add $H 1319c0c index.js --repo mafintosh/hypercore --license MIT \
  --class types --kind disposable --receiver 'self._storage' --event null --line 86 --shape error-path \
  --desc "Feed._open() opened the storage (random-access files) and on every error path (another hypercore stored there, none stored and createIfMissing off, not writable, a failed key or bitfield write, failed roots) returned cb(err) without closing it, leaking the file descriptors of every feed that failed to open; the fix routes those errors through _forceCloseAndError, which closes the storage first"
add $H 1361818 lib/feed.js --repo mafintosh/hypercore --license MIT \
  --class runtime --kind disposable --receiver 'this._core._openStorages' --event null --line 483 --shape off-by-one-index \
  --desc "_openStorage() keeps at most 500 open storages, closing a random one to make room and moving the last entry into its slot, but recorded each feed's _index as length instead of length - 1, so the moved entry was written one slot off, an open storage dropped out of the list (never closed again) and closed ones stayed in it; the fix stores the right index and only evicts storages of finalized feeds"
add $H 88daad7 lib/protocol.js --repo mafintosh/hypercore --license MIT \
  --class runtime --kind other --receiver 'this._local' --event null --line 373 --shape missing-in-teardown \
  --desc "channels joined on a protocol stream are registered in its _local table and only leave on a remote leave message or an explicit leave(), so when the stream closed its channels never emitted 'leave' and the swarm state (wires, peers) hanging off them was never released; the fix adds a 'close' listener that calls onleave() on every local channel"
add $H d30e660 index.js --repo mafintosh/hypercore --license MIT \
  --class runtime --kind other --receiver 'this.peers' --event null --line 88 --shape missing-in-teardown \
  --keep 1-231,1476-1517 --keep-after 1-231,1476-1522 \
  --desc "closing a feed closed its storage but left its replication peers attached, so each peer's protocol channel (and the stream it lives on) stayed open and referenced the closed feed; the fix closes every not-yet-destroyed peer in Feed._close"
add $H 48806c5 lib/replicate.js --repo mafintosh/hypercore --license MIT \
  --class runtime --kind other --receiver 'this.feed.peers' --event null --line 532 --shape guard-skips-teardown \
  --desc "a reentry guard added two days earlier (if (this._destroyed) return at the top of Peer._close) made destroy(), which sets _destroyed before calling _close(), return at once, so a destroyed peer was never removed from feed.peers, its open timeout not cleared and its inflight reservations never released; the fix guards on the set index instead and closes the channel even for peers that were never added"

# feross/bittorrent-dht (MIT)
D=$M/feross+bittorrent-dht/repo
add $D 9e8afaa index.js --repo feross/bittorrent-dht --license MIT \
  --class syntactic --kind timer --receiver 'this.queryInterval' --event null --line 145 --shape timer-outlives-owner \
  --desc "queryQueue() started a setInterval in this.queryInterval that close() never cleared, and the one clearInterval (in _queryQueue when the queue ran dry) named the wrong field (this.queueInterval), so the interval ran for ever and kept the process and the DHT alive after close(); the fix unref()s it"
add $D df0e54e index.js --repo feross/bittorrent-dht --license MIT \
  --class syntactic --kind timer --receiver 'setTimeout' --event null --line 162 --shape rearm-after-close \
  --desc "findPeers() armed a bootstrap-retry setTimeout whose callback calls findPeers() again when no node has replied, and close() neither cleared it nor stopped the chain, so a closed DHT (whose socket can no longer get replies) re-armed the timer every BOOTSTRAP_TIMEOUT for ever; the fix returns from findPeers() once the DHT is closed"
add $D 189fc99 client.js --repo feross/bittorrent-dht --license MIT \
  --class runtime --kind timer --receiver 'self._bucketCheckInterval' --event null --line 123 --shape rearm-after-stop \
  --desc "the bucket check re-arms its setTimeout from the callback of an asynchronous ping of all nodes, so removeBucketCheckInterval() called while a ping was in flight cleared the old handle and the callback then armed a new timer that nothing clears; the fix keeps a _runningBucketCheck flag that removeBucketCheckInterval() resets and queueNext() checks"
add $D 1d1893f client.js --repo feross/bittorrent-dht --license MIT \
  --class not-a-leak --kind other --receiver 'this.nodes' --event ping --line 56 --shape unbounded-work \
  --desc "every routing-table 'ping' event started an asynchronous ping of the old nodes that could itself trigger more 'ping' events, an unbounded async recursion that piled up memory; the fix runs at most one ping at a time (last-one-wins); the listener itself is registered once and is not the leak"

# webtorrent/torrent-discovery (MIT)
T=$M/webtorrent+torrent-discovery/repo
add $T 4daf65a index.js --repo webtorrent/torrent-discovery --license MIT \
  --class syntactic --kind listener --receiver 'self.dht' --event peer --line 65 --shape per-call-on-shared \
  --desc "each Discovery added its 'peer' listener to self.dht, which may be a DHT shared by all torrents of a client (opts.dht), and destroy() never removed it, so every destroyed torrent's Discovery stayed referenced by the shared DHT; the fix removes it (and the tracker's and internal DHT's listeners) in destroy()"
add $T e6f6286 index.js --repo webtorrent/torrent-discovery --license MIT \
  --class types --kind disposable --receiver 'self.tracker' --event null --line 95 --shape missing-in-teardown \
  --desc "stop() only called tracker.stop() (a stopped announce) on the bittorrent-tracker Client it had created, never tracker.destroy(), so the client (its tracker connections and announce timer) was never torn down after discovery stopped; the fix also destroys the tracker client"

# mafintosh/torrent-stream (MIT, LICENSE; no licence field in package.json at the fix)
add $M/mafintosh+torrent-stream/repo 68504af index.js --repo mafintosh/torrent-stream --license MIT \
  --class runtime --kind timer --receiver 'rechokeIntervalId' --event null --line 557 --shape late-connect \
  --desc "onready() (run after verifying the stored pieces asynchronously) subscribed to the swarm's 'wire' events and started the rechoke setInterval, and engine.destroy() clears that interval; when destroy() ran while verification was still going, onready() ran afterwards and started an interval nothing cleared, keeping the process alive; the fix returns from onready() once destroyed"

# fastify/light-my-request (BSD-3-Clause: then hapijs/shot, package.json 'licenses' BSD, LICENSE is the three-clause text)
add $M/fastify+light-my-request/repo 668514c lib/index.js --repo fastify/light-my-request --license BSD-3-Clause \
  --class not-a-leak --kind listener --receiver 'this' --event finish --line 92 --shape once-vs-on \
  --desc "the injected Response subscribed to its own 'finish' with on() and guarded the handler with an isDone flag; the fix uses once() and drops the flag; the listener lives on the per-request response object itself, so nothing long-lived retained it despite the commit title 'Memory leak'"

# pimterry/mockttp (MIT at these commits)
K=$M/pimterry+mockttp/repo
add $K 65e7575 src/rules/handlers.ts --repo pimterry/mockttp --license MIT \
  --class syntactic --kind listener --receiver 'socket' --event error --line 453 --shape per-call-on-shared \
  --desc "the passthrough handler added socket.once('error', () => serverReq.abort()) to the client's connection socket for every proxied request, and a kept-alive socket serving many requests collected one listener (and upstream request) per request that never errored; the fix listens for errors on the per-request body stream instead"
add $K 89f296a src/util/serialization.ts --repo pimterry/mockttp --license MIT \
  --class syntactic --kind listener --receiver 'this.rawStream' --event data --line 62 --shape per-call-on-shared \
  --desc "every ClientServerChannel (one per remotely deserialized rule handler) subscribed _readFromRawStream to the shared raw stream's 'data' when first read and never unsubscribed, so replaced or reset rules stayed referenced by the long-lived stream; the fix adds dispose(), which removes the listener, and disposes the rules in reset() and setRules()"
add $K 24b7757 src/server/websocket-handler.ts --repo pimterry/mockttp --license MIT \
  --class runtime --kind socket --receiver 'upstreamSocket' --event null --line 65 --shape aborted-connect \
  --desc "connectUpstream() opened an upstream WebSocket for each incoming upgrade but ignored errors on the incoming socket, so an incoming connection that died before the two were piped together left the upstream connection open indefinitely; the fix closes the upstream socket when the incoming socket errors"
add $K 082e528 src/util/destroyable-server.ts --repo pimterry/mockttp --license MIT \
  --class runtime --kind socket --receiver 'server' --event connection --line 12 --shape missing-in-teardown \
  --desc "destroyable() tracked only the sockets of 'connection' events so that destroy() could destroy them, but an HTTPS server's TLS sockets (from 'secureConnection') were not tracked, so shutting down the mock server left HTTPS keep-alive connections open; the fix also tracks 'secureConnection' sockets"

# types cases: the modules their files import
npx tsx test/scan/eval/add-imports.ts "$H" mafintosh__hypercore__1319c0c --depth 2 --max-lines 6000
npx tsx test/scan/eval/add-imports.ts "$T" webtorrent__torrent-discovery__e6f6286 --depth 2 --max-lines 6000

# batch tag (add-case.ts does not know batches)
for f in scan-corpus/fixes/cases/mafintosh__hypercore__d1a6c75/case.json \
  scan-corpus/fixes/cases/mafintosh__hypercore__1319c0c/case.json \
  scan-corpus/fixes/cases/mafintosh__hypercore__1361818/case.json \
  scan-corpus/fixes/cases/mafintosh__hypercore__88daad7/case.json \
  scan-corpus/fixes/cases/mafintosh__hypercore__d30e660/case.json \
  scan-corpus/fixes/cases/mafintosh__hypercore__48806c5/case.json \
  scan-corpus/fixes/cases/feross__bittorrent-dht__9e8afaa/case.json \
  scan-corpus/fixes/cases/feross__bittorrent-dht__df0e54e/case.json \
  scan-corpus/fixes/cases/feross__bittorrent-dht__189fc99/case.json \
  scan-corpus/fixes/cases/feross__bittorrent-dht__1d1893f/case.json \
  scan-corpus/fixes/cases/webtorrent__torrent-discovery__4daf65a/case.json \
  scan-corpus/fixes/cases/webtorrent__torrent-discovery__e6f6286/case.json \
  scan-corpus/fixes/cases/mafintosh__torrent-stream__68504af/case.json \
  scan-corpus/fixes/cases/fastify__light-my-request__668514c/case.json \
  scan-corpus/fixes/cases/pimterry__mockttp__65e7575/case.json \
  scan-corpus/fixes/cases/pimterry__mockttp__89f296a/case.json \
  scan-corpus/fixes/cases/pimterry__mockttp__24b7757/case.json \
  scan-corpus/fixes/cases/pimterry__mockttp__082e528/case.json; do
  node -e 'const fs=require("fs");const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,"utf8"));j.batch="2026-12-06q";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")' "$f"
done
