#!/usr/bin/env bash
# Batch 2026-12-07l, list (x): leak fixes from hardware and device code in Node.js (Bluetooth LE,
# Chromecast, Matter, LIFX, Tuya, Espruino serial) — chrvadala/node-ble, thibauts/node-castv2-client,
# project-chip/matter.js, MariusRumpf/node-lifx, codetheweb/tuyapi, espruino/EspruinoTools — added by
# a helper who classified them from the diffs only (no scan was run). Other repositories fetched gave
# no case. Each case.json gets "batch": "2026-12-07l" afterwards (the loop at the end).
# Skipped diffs and repositories: tools/skipped-h46x.md.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# chrvadala/node-ble (MIT)
B=$M/chrvadala+node-ble/repo
add $B 79213f0 src/Adapter.js --repo chrvadala/node-ble --license MIT \
  --class syntactic --kind timer --receiver 'setInterval' --event null --line 152 --shape error-path \
  --desc "waitDevice() polled for the device with a setInterval and raced it against a timeout, but the loop that clears both timers ran only after the race resolved, so when the timeout rejected (device never found) the polling interval kept calling getDevice() on the bus for good; the fix clears the timers in a finally block"
add $B 6611591 src/BusHelper.js --repo chrvadala/node-ble --license MIT \
  --class syntactic --kind listener --receiver 'this._propsProxy' --event PropertiesChanged --line 39 --shape no-teardown \
  --desc "_prepare() subscribed to the D-Bus properties proxy's PropertiesChanged signal to re-emit it, and nothing ever unsubscribed it (Device.disconnect() only removed the helper's own listeners), so every disconnected device stayed attached to the bus proxy; the fix adds removeListeners(), which also removes the proxy listener and forces a fresh proxy, and calls it on disconnect"

# thibauts/node-castv2-client (MIT)
add $M/thibauts+node-castv2-client/repo cb3df25 lib/controllers/heartbeat.js --repo thibauts/node-castv2-client --license MIT \
  --class syntactic --kind listener --receiver 'this' --event pong --line 38 --shape per-call-on-shared \
  --desc "the heartbeat interval called ping() every few seconds and each call added another once('pong') listener to the controller, so while the Cast device did not answer the listeners piled up, and stop() left the pending ones attached; the fix allows one ping in flight (the next ping is scheduled from the pong) and removes the pong listeners in stop()"

# project-chip/matter.js (Apache-2.0, LICENSE file; earlier name mfucci/matter.js is in the same half)
X=$M/project-chip+matter.js/repo
add $X 1b09b05fe packages/matter.js/src/protocol/ChannelManager.ts --repo project-chip/matter.js --license Apache-2.0 \
  --class types --kind disposable --receiver 'this.channels' --event null --line 27 --shape field-overwritten \
  --desc "setChannel() stored a node's new MessageChannel in the channel map over the previous one without closing it (or destroying its stale session), and removeChannel() only deleted the entry, so replaced channels and their underlying transport channels stayed open; the fix closes the current channel before replacing it and closes it on removal"
add $X a1f3b5493 packages/protocol/src/protocol/DeviceAdvertiser.ts --repo project-chip/matter.js --license Apache-2.0 \
  --class types --kind timer --receiver 'this.#interval' --event null --line 57 --shape missing-in-teardown \
  --desc "the advertiser created a periodic announcement timer in its constructor and startAdvertising() started it, but close() only closed the observers and broadcasters, so the running timer kept firing announcements after the advertiser was closed and blocked shutdown; the fix stops the timer in close()"

# MariusRumpf/node-lifx (MIT)
L=$M/MariusRumpf+node-lifx/repo
add $L d6e112d lib/lifx/client.js --repo MariusRumpf/node-lifx --license MIT \
  --class syntactic --kind timer --receiver 'this.discoveryTimer' --event null --line 268 --shape missing-in-teardown \
  --desc "destroy() closed the UDP socket but left the discovery interval and the message-sending interval running, so a destroyed client kept broadcasting on its closed socket and stayed alive; the fix stops discovery and the sending process before closing the socket"
add $L cbf8330 lib/lifx/client.js --repo MariusRumpf/node-lifx --license MIT \
  --class runtime --kind other --receiver 'this.messageHandlers' --event null --line 331 --shape retained-in-collection \
  --desc "every request that expected an answer pushed a bound callback into the client's messageHandlers array, and a handler was spliced out only when a reply with its sequence number arrived, so requests to lights that never answered (lost UDP packets, offline bulbs) left their handlers in the array for good; the fix timestamps handlers and drops expired ones"

# codetheweb/tuyapi (MIT)
T=$M/codetheweb+tuyapi/repo
add $T d9053f2 index.js --repo codetheweb/tuyapi --license MIT \
  --class syntactic --kind timer --receiver 'this._pingPongTimeout' --event null --line 508 --shape field-overwritten \
  --desc "each heartbeat ping stored a new response-timeout timer in this._pingPongTimeout without clearing the previous one, so the earlier timers stayed pending (and disconnect() cleared only the last), each able to call disconnect() later; the fix clears the old timer before arming a new one"
add $T a942de3 index.js --repo codetheweb/tuyapi --license MIT \
  --class runtime --kind other --receiver 'this._resolvers' --event null --line 235 --shape retained-in-collection \
  --desc "every heartbeat ping went through _send(), which stored a resolver under the current sequence number in this._resolvers, and the pong handler deleted only the entry named by the pong's sequence number, so unanswered or renumbered pings left their resolvers and pending promises in the map; the fix writes pings straight to the socket without registering a resolver"

# espruino/EspruinoTools (Apache-2.0)
E=$M/espruino+EspruinoTools/repo
add $E 2b469be core/serial_web_serial.js --repo espruino/EspruinoTools --license Apache-2.0 \
  --class runtime --kind socket --receiver 'serialPort' --event null --line 58 --shape broken-removal \
  --desc "closeSerial() closed the Web Serial port while the read loop still held a reader lock on its readable stream, so the close could not complete and the port stayed open (and could not be reopened); the fix keeps the reader, cancels it and closes the port once the cancel resolves"
add $E 31bd1c0 core/serial_web_serial.js --repo espruino/EspruinoTools --license Apache-2.0 \
  --class runtime --kind socket --receiver 'serialPort' --event null --line 104 --shape error-path \
  --desc "when the read loop ended (reader done) or the port emitted 'disconnect', openSerial() only called the disconnect callback and never closed the opened Web Serial port, so the port stayed open and hogged the device; the fix closes the port and drops it on both paths and lets closeSerial() just cancel the reader"

# types cases: the modules their files import
npx tsx test/scan/eval/add-imports.ts "$X" project-chip__matter.js__1b09b05 --depth 2 --max-lines 6000
npx tsx test/scan/eval/add-imports.ts "$X" project-chip__matter.js__a1f3b54 --depth 2 --max-lines 6000

# batch tag (add-case.ts does not know batches)
for f in scan-corpus/fixes/cases/chrvadala__node-ble__79213f0/case.json \
  scan-corpus/fixes/cases/chrvadala__node-ble__6611591/case.json \
  scan-corpus/fixes/cases/thibauts__node-castv2-client__cb3df25/case.json \
  scan-corpus/fixes/cases/project-chip__matter.js__1b09b05/case.json \
  scan-corpus/fixes/cases/project-chip__matter.js__a1f3b54/case.json \
  scan-corpus/fixes/cases/MariusRumpf__node-lifx__d6e112d/case.json \
  scan-corpus/fixes/cases/MariusRumpf__node-lifx__cbf8330/case.json \
  scan-corpus/fixes/cases/codetheweb__tuyapi__d9053f2/case.json \
  scan-corpus/fixes/cases/codetheweb__tuyapi__a942de3/case.json \
  scan-corpus/fixes/cases/espruino__EspruinoTools__2b469be/case.json \
  scan-corpus/fixes/cases/espruino__EspruinoTools__31bd1c0/case.json; do
  node -e 'const fs=require("fs");const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,"utf8"));j.batch="2026-12-07l";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")' "$f"
done
