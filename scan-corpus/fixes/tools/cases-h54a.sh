#!/usr/bin/env bash
# Batch 2026-12-07t, list (am): leak fixes from multiplayer game servers and their networking
# libraries, and real-time servers and frameworks (JSPrismarine/JSPrismarine, timetocode/nengi,
# Barbosik/MultiOgar, networked-aframe/networked-aframe, Irrelon/ige, PrismarineJS/bedrock-protocol,
# lukeed/sockette, RSamaium/RPG-JS), added by a helper who classified them from the diffs only (no scan was run).
# Multivit4min/TS3-NodeJS-Library (GPL-3.0 at the fix) gave no case.
# Each case.json gets "batch": "2026-12-07t" afterwards (the loop at the end).
# Skipped diffs and repositories: tools/skipped-h54a.md.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# JSPrismarine/JSPrismarine (MPL-2.0)
J=$M/JSPrismarine+JSPrismarine/repo
add $J d4c4e423c packages/prismarine/src/player/Player.ts --repo JSPrismarine/JSPrismarine --license MPL-2.0 \
  --class syntactic --kind listener --receiver 'server.getEventManager()' --event chat --line 86 --shape missing-in-teardown \
  --desc "every Player's constructor added an inline 'chat' handler to the server's shared event manager and onDisable() never removed it, so each disconnected player stayed reachable from the server and kept receiving chat events; the fix stores the handler in a field and removes it in onDisable()"
add $J 2bd093870 packages/prismarine/src/Console.ts --repo JSPrismarine/JSPrismarine --license MPL-2.0 \
  --class syntactic --kind disposable --receiver 'this.cli' --event null --line 43 --shape missing-in-teardown \
  --desc "enable() created a readline interface on process.stdin (with line and close handlers) but disable() had its close and removeAllListeners calls commented out, so every disable/enable cycle (a reload) left the previous interface attached to stdin; the fix drops the close-to-shutdown handler and closes the interface and removes its listeners in disable()"

# timetocode/nengi ("Apache 2.0" in package.json at the fix)
add $M/timetocode+nengi/repo 2d801cc core/instance/Instance.js --repo timetocode/nengi --license Apache-2.0 \
  --class runtime --kind socket --receiver 'this.pendingClients' --event null --line 277 --shape missing-in-teardown \
  --desc "connect() put each new websocket and its client into the pendingClients map, and a socket that closed before the game accepted it reached disconnect(), which only handled accepted clients, so the closed socket and its client stayed in the map for good; the fix deletes it from pendingClients, closes it and reports the disconnect in that branch"

# Barbosik/MultiOgar (Apache-2.0); src/GameServer.js is ~1875 lines: pruned to the imports, the
# module.exports line and the socket open/close handlers
O=$M/Barbosik+MultiOgar/repo/.git
add $O b26d420 src/GameServer.js --repo Barbosik/MultiOgar --license Apache-2.0 \
  --class runtime --kind socket --receiver 'ws._socket' --event null --line 222 --shape missing-in-teardown \
  --keep 1-23,149-149,222-316 --keep-after 1-23,149-149,222-317 \
  --desc "when a client's websocket emitted 'close' the server only updated its bookkeeping and left the underlying TCP socket to the ws library, which could keep half-closed sockets of dropped players open; the fix destroys ws._socket in the close handler"

# networked-aframe/networked-aframe (MIT)
N=$M/networked-aframe+networked-aframe/repo
add $N bd19268 src/components/networked.js --repo networked-aframe/networked-aframe --license MIT \
  --class syntactic --kind listener --receiver 'document.body' --event connected --line 196 --shape missing-in-teardown \
  --desc "a networked entity created before the connection was up added a 'connected' listener to document.body that only onConnected() removed, so an entity removed before the connection came up left its bound handler (and the component) on document.body; the fix removes the listener in remove()"
add $N 2c64d0d src/components/networked-video-source.js --repo networked-aframe/networked-aframe --license MIT \
  --class types --kind disposable --receiver 'mesh.material.map' --event null --line 51 --shape field-overwritten \
  --desc "each new media stream assigned a fresh THREE.VideoTexture to the mesh material's map without disposing the previous one, and remove() returned early because the never-assigned videoTexture field was null, so every stream change and removal left a GPU video texture behind; the fix keeps the texture in a field, disposes the old one before creating another and disposes it (and releases the video) on remove"
add $N 51d08ba src/components/networked-audio-source.js --repo networked-aframe/networked-aframe --license MIT \
  --class runtime --kind other --receiver 'this.audioEl' --event null --line 53 --shape missing-in-teardown \
  --desc "on Chrome each new stream was attached to a muted, autoplaying Audio element and remove() only disconnected the sound, so the element kept playing (holding the remote MediaStream) after the component was gone; the fix pauses it, clears its srcObject, reloads it and drops the reference in remove()"

# Irrelon/ige (MIT in readme.md at the fix, no licence file or package.json)
add $M/Irrelon+ige/repo 68de5f61 engine/ui/IgeUiTextBox.js --repo Irrelon/ige --license MIT \
  --class syntactic --kind other --receiver 'body' --event null --line 57 --shape missing-in-teardown \
  --desc "focusing the text box appended a hidden input element with key and blur listeners to document.body, removed only by the box's blur handler, so destroying a focused text box left the input (and its listeners, which refocus it) in the page; the fix blurs the box in destroy(), which removes the element"

# PrismarineJS/bedrock-protocol (MIT)
B=$M/PrismarineJS+bedrock-protocol/repo
add $B 79b7131 src/raknet/native.js --repo PrismarineJS/bedrock-protocol --license MIT \
  --class syntactic --kind listener --receiver 'this.raknet' --event pong --line 35 --shape per-call-on-shared \
  --desc "every ping() added a new 'pong' handler to the client's raknet instance and never removed it, whether it was answered or timed out, so repeated pings stacked handlers on the connection; the fix registers it with once() and removes it with off() on timeout"
add $B 47f342c src/server.js --repo PrismarineJS/bedrock-protocol --license MIT \
  --class runtime --kind other --receiver 'this.clients' --event null --line 87 --shape identity-mistake \
  --desc "onOpenConnection() stored each player in this.clients under the connection's address, but onCloseConnection() deleted the entry under the connection object itself (a different key), so every closed player stayed in the clients map; the fix deletes the entry under conn.address"

# lukeed/sockette (MIT)
add $M/lukeed+sockette/repo 66bf604 src/index.js --repo lukeed/sockette --license MIT \
  --class syntactic --kind timer --receiver 'setTimeout' --event null --line 30 --shape missing-in-teardown \
  --desc "reconnect() scheduled the next open() with a setTimeout whose handle was dropped, so calling close() while a reconnect was pending could not cancel it and the closed client opened a fresh websocket a second later; the fix keeps the timer handle and clears it in close()"

# RSamaium/RPG-JS (MIT)
add $M/RSamaium+RPG-JS/repo f865230d packages/client/src/Components/AbstractComponent.ts --repo RSamaium/RPG-JS --license MIT \
  --class syntactic --kind listener --receiver 'this.game.listenObject(objectId)' --event null --line 77 --shape missing-in-teardown \
  --desc "onInit() subscribed each sprite component to the game engine's object stream and dropped the subscription, so components replaced when a layout was rebuilt kept updating and stayed reachable from the game's stream; the fix ends the subscription with takeUntil() on a destroy subject that the new onRemove() fires when the layout is cleared"

# types cases: the modules their files import
npx tsx test/scan/eval/add-imports.ts "$N" networked-aframe__networked-aframe__2c64d0d --depth 2 --max-lines 6000

# batch tag (add-case.ts does not know batches)
for f in scan-corpus/fixes/cases/JSPrismarine__JSPrismarine__d4c4e42/case.json \
  scan-corpus/fixes/cases/JSPrismarine__JSPrismarine__2bd0938/case.json \
  scan-corpus/fixes/cases/timetocode__nengi__2d801cc/case.json \
  scan-corpus/fixes/cases/Barbosik__MultiOgar__b26d420/case.json \
  scan-corpus/fixes/cases/networked-aframe__networked-aframe__bd19268/case.json \
  scan-corpus/fixes/cases/networked-aframe__networked-aframe__2c64d0d/case.json \
  scan-corpus/fixes/cases/networked-aframe__networked-aframe__51d08ba/case.json \
  scan-corpus/fixes/cases/Irrelon__ige__68de5f6/case.json \
  scan-corpus/fixes/cases/PrismarineJS__bedrock-protocol__79b7131/case.json \
  scan-corpus/fixes/cases/PrismarineJS__bedrock-protocol__47f342c/case.json \
  scan-corpus/fixes/cases/lukeed__sockette__66bf604/case.json \
  scan-corpus/fixes/cases/RSamaium__RPG-JS__f865230/case.json; do
  node -e 'const fs=require("fs");const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,"utf8"));j.batch="2026-12-07t";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")' "$f"
done
