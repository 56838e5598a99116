#!/usr/bin/env bash
# Batch 2026-12-07i, list (r): leak fixes from peer-to-peer and protocol libraries
# (ChainSafe/js-libp2p-gossipsub, libp2p/js-libp2p-kad-dht, ChainSafe/js-libp2p-yamux,
# mafintosh/discovery-swarm, ipfs-shipyard/ipfs-pubsub-room), added by a helper who classified
# them from the diffs only (no scan was run). libp2p/js-libp2p-webrtc-star,
# webtorrent/bittorrent-protocol, ipfs/js-ipfs-bitswap, libp2p/js-libp2p-pubsub,
# libp2p/js-libp2p-switch, libp2p/js-libp2p-websockets and libp2p/js-libp2p-circuit gave no case.
# Dual-licensed fixes ("Apache-2.0 OR MIT") are used under MIT. Each case.json gets
# "batch": "2026-12-07i" afterwards (the loop at the end).
# Skipped diffs and repositories: tools/skipped-h43r.md.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# ChainSafe/js-libp2p-gossipsub (Apache-2.0; package.json says "Apache2.0", LICENSE is Apache 2.0)
add $M/ChainSafe+js-libp2p-gossipsub/repo a8302f9 src/heartbeat.js --repo ChainSafe/js-libp2p-gossipsub --license Apache-2.0 \
  --class syntactic --kind timer --receiver 'setTimeout' --event null --line 35 --shape discarded-timer \
  --desc "Heartbeat.start() armed the initial-delay setTimeout without keeping its handle, and cancel() only cleared the later interval id, so stopping gossipsub before the first heartbeat left the timeout pending, which then started a heartbeat interval that nothing could clear; the fix keeps the timeout and clears both it and the interval on cancel"

# libp2p/js-libp2p-kad-dht (MIT at 59f373a; "Apache-2.0 OR MIT" at 852d757, used under MIT)
K=$M/libp2p+js-libp2p-kad-dht/repo
add $K 59f373a src/providers.js --repo libp2p/js-libp2p-kad-dht --license MIT \
  --class runtime --kind timer --receiver 'this._cleaner' --event null --line 169 --shape starts-in-constructor \
  --desc "the cleanupInterval setter started the providers' cleanup setInterval, and the constructor assigns cleanupInterval, so every constructed DHT ran the interval even if it was never started or stopped; the fix drops the setter and starts the interval in a start() method that the DHT calls on start"
add $K 852d757 src/query/query-path.ts --repo libp2p/js-libp2p-kad-dht --license MIT \
  --class runtime --kind listener --receiver 'signal' --event abort --line 119 --shape per-call-on-shared \
  --desc "each per-peer query step combined the query-wide signal with its timeout through anySignal, which adds an 'abort' listener to every input signal, and the listeners were never removed, so they piled up on the shared query signal for every peer queried; the fix moves to any-signal 4 and clears the combined signal when the step finishes"

# ChainSafe/js-libp2p-yamux ("Apache-2.0 OR MIT", used under MIT)
Y=$M/ChainSafe+js-libp2p-yamux/repo
add $Y 5f3e5aa src/muxer.ts --repo ChainSafe/js-libp2p-yamux --license MIT \
  --class runtime --kind listener --receiver 'this._init.signal' --event abort --line 102 --shape per-call-on-shared \
  --desc "the muxer's sink combined its close signal with the caller-supplied init signal through anySignal, which puts an 'abort' listener on the caller's (possibly long-lived) signal that stayed after the muxer finished; the fix keeps the combined signal and clears it when the sink ends"
add $Y b470fc6 src/muxer.ts --repo ChainSafe/js-libp2p-yamux --license MIT \
  --class runtime --kind listener --receiver 'this.closeController.signal' --event abort --line 398 --shape promise-race-accumulation \
  --desc "keepAliveLoop wrapped an 'abort' listener on the muxer's close signal in one never-settling promise and raced it against a fresh timer promise on every keep-alive round, so each round attached another reaction to that promise for the muxer's whole life; the fix races each round's timer against the signal with race-signal, which removes its listener when the round ends"

# mafintosh/discovery-swarm (MIT)
add $M/mafintosh+discovery-swarm/repo a09d27b index.js --repo mafintosh/discovery-swarm --license MIT \
  --class runtime --kind socket --receiver 'server' --event null --line 431 --shape late-connect \
  --desc "listen() (also called on the next tick by _listenNext) bound the TCP/uTP server even when the swarm had already been destroyed, so a destroy before that tick left a listening server that no later destroy would close; the fix returns early from listen() once the swarm is destroyed"

# ipfs-shipyard/ipfs-pubsub-room (ISC)
P=$M/ipfs-shipyard+ipfs-pubsub-room/repo
add $P 74d57da src/index.js --repo ipfs-shipyard/ipfs-pubsub-room --license ISC \
  --class syntactic --kind timer --receiver 'this._interval' --event null --line 107 --shape broken-removal \
  --desc "leave() called timers.clearInterval() with no argument, so the peer-polling interval started in _start() kept running (and polling the IPFS node) after the room was left; the fix passes this._interval"
add $P 634b5b8 src/index.js --repo ipfs-shipyard/ipfs-pubsub-room --license ISC \
  --class types --kind disposable --receiver 'conn' --event null --line 75 --shape discarded-disposable \
  --desc "sendTo() created a direct Connection to the peer (which dials a libp2p stream) but never stored it in this._connections, so every direct message opened a new stream and leave() could not stop any of them; the fix records the connection so it is reused and stopped on leave"

# types cases: the modules their files import
npx tsx test/scan/eval/add-imports.ts "$P" ipfs-shipyard__ipfs-pubsub-room__634b5b8 --depth 2 --max-lines 6000

# batch tag (add-case.ts does not know batches)
for f in scan-corpus/fixes/cases/ChainSafe__js-libp2p-gossipsub__a8302f9/case.json \
  scan-corpus/fixes/cases/libp2p__js-libp2p-kad-dht__59f373a/case.json \
  scan-corpus/fixes/cases/libp2p__js-libp2p-kad-dht__852d757/case.json \
  scan-corpus/fixes/cases/ChainSafe__js-libp2p-yamux__5f3e5aa/case.json \
  scan-corpus/fixes/cases/ChainSafe__js-libp2p-yamux__b470fc6/case.json \
  scan-corpus/fixes/cases/mafintosh__discovery-swarm__a09d27b/case.json \
  scan-corpus/fixes/cases/ipfs-shipyard__ipfs-pubsub-room__74d57da/case.json \
  scan-corpus/fixes/cases/ipfs-shipyard__ipfs-pubsub-room__634b5b8/case.json; do
  node -e 'const fs=require("fs");const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,"utf8"));j.batch="2026-12-07i";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")' "$f"
done
