#!/usr/bin/env bash
# Batch 2026-12-07i, list (q): leak fixes from Node-RED node packages: windkh/node-red-contrib-telegrambot,
# NRCHKB/node-red-contrib-homekit-bridged, guidone/node-red-contrib-chatbot,
# vinodsr/node-red-contrib-tuya-smart-device and windkh/node-red-contrib-shelly, added by a helper who
# classified them from the diffs only (no scan was run). Supergiovane/node-red-contrib-knx-ultimate,
# TotallyInformation/node-red-contrib-uibuilder, noflo/noflo, martin-doyle/node-red-contrib-aedes,
# mblackstock/node-red-contrib-influxdb and hklages/node-red-contrib-sonos-plus were tried and gave no
# case. Each case.json gets "batch": "2026-12-07i" afterwards (the loop at the end).
# Skipped diffs and repositories: tools/skipped-h43q.md.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# windkh/node-red-contrib-telegrambot (MIT)
T=$M/windkh+node-red-contrib-telegrambot/repo
add $T f419a59 telegrambot/nodes/in-node.js --repo windkh/node-red-contrib-telegrambot --license MIT \
  --class syntactic --kind listener --receiver 'telegramBot' --event update --line 89 --shape missing-in-teardown \
  --desc "with 'process updates' enabled the receiver node subscribed an anonymous 'update' handler on the bot shared through its config node, while stop() only detached 'message' and the other update-type events, so every redeploy or restart piled one more 'update' handler (holding the old node) onto the long-lived bot; the fix records every handler the node attaches and removes exactly those by reference in stop()"
add $T a7074ca telegrambot/nodes/reply-node.js --repo windkh/node-red-contrib-telegrambot --license MIT \
  --class syntactic --kind listener --receiver 'telegramBot' --event null --line 88 --shape per-call-on-shared \
  --desc "for each input message the reply node registered an onReplyToMessage callback on the shared bot (capturing the message and its send/done functions) and never removed it, so unanswered or already answered replies, and the nodes of earlier deploys, stayed referenced by the bot; the fix keeps the returned listener ids and calls removeReplyListener for them when the node closes"
add $T 48c7193 telegrambot/nodes/control-node.js --repo windkh/node-red-contrib-telegrambot --license MIT \
  --class syntactic --kind timer --receiver 'setTimeout' --event null --line 193 --shape timer-outlives-owner \
  --desc "a restart command with a delay armed an anonymous setTimeout that later restarts the bot's config node and sends the message, and nothing kept its handle, so closing or redeploying the control node during the delay could not cancel it and the old node still fired; the fix stores the timer on the node and clears it in the close handler"

# NRCHKB/node-red-contrib-homekit-bridged (Apache-2.0)
add $M/NRCHKB+node-red-contrib-homekit-bridged/repo d474a7d src/lib/utils/CharacteristicUtils.ts --repo NRCHKB/node-red-contrib-homekit-bridged --license Apache-2.0 \
  --class runtime --kind listener --receiver 'characteristic' --event set --line 82 --shape identity-mistake \
  --desc "inside the loop over the service's characteristics the node's onCharacteristicSet and onCharacteristicChange fields were re-created for every characteristic, so each one got its own handler closure while the fields only kept the last, and the close code (in ServiceUtils) that removes the handlers by those fields left every other characteristic's 'set' and 'change' listeners attached; the fix creates the handlers once before the loop"

# guidone/node-red-contrib-chatbot (ISC)
add $M/guidone+node-red-contrib-chatbot/repo d9ffb6a lib/chat-platform/chat-platform.js --repo guidone/node-red-contrib-chatbot --license ISC \
  --class syntactic --kind listener --receiver 'connector' --event null --line 528 --shape missing-in-teardown \
  --desc "a chat server's start() subscribed an inbound-message handler on the platform connector (event name from options.inboundMessageEvent) while stop() only unmounted the configured events, so each stop/start of the server left another inbound handler (and the old chat server) on the connector; the fix also detaches the inbound-message event in unmountEvents"

# vinodsr/node-red-contrib-tuya-smart-device (MIT)
add $M/vinodsr+node-red-contrib-tuya-smart-device/repo 2194b5e src/tuya-smart-device.js --repo vinodsr/node-red-contrib-tuya-smart-device --license MIT \
  --class syntactic --kind timer --receiver 'setTimeout' --event null --line 110 --shape timer-outlives-owner \
  --desc "when the device could not be found the node retried findDevice through an untracked one-second setTimeout, and the close handler only stopped reconnects, so a closed or deleted node kept searching for its device forever; the fix keeps the retry timer in findTimeout, clears it on close and stops retrying once the node is closing"

# windkh/node-red-contrib-shelly (MIT)
S=$M/windkh+node-red-contrib-shelly/repo
add $S 4d142aa shelly/99-shelly.js --repo windkh/node-red-contrib-shelly --license MIT \
  --class syntactic --kind timer --receiver 'node.timer' --event null --line 159 --shape missing-in-teardown \
  --keep 1-274,1763-1763 --keep-after 1-278,1788-1788 \
  --desc "the shared start() helper put a polling setInterval on node.timer, but the switch node (like the roller-shutter, dimmer, RGBW2, TRV and switch2 nodes) had no close handler, so each redeploy left the old node's polling interval running; the fix adds close handlers that clear node.timer"
add $S 32c5685 shelly/nodes/gen2-node.js --repo windkh/node-red-contrib-shelly --license MIT \
  --class runtime --kind timer --receiver 'node.initializeTimer' --event null --line 634 --shape late-connect \
  --desc "the gen2 node's async initialisation armed a retry setInterval after its first await when the device was unreachable, so a redeploy while that await was pending ran the close handler (which clears initializeTimer) before the interval existed, leaving a retry interval nothing could clear; the fix marks the node as closing on close and makes the initialisation, its retries and the polling loop return early once it is set"

# batch tag (add-case.ts does not know batches)
for f in scan-corpus/fixes/cases/windkh__node-red-contrib-telegrambot__f419a59/case.json \
  scan-corpus/fixes/cases/windkh__node-red-contrib-telegrambot__a7074ca/case.json \
  scan-corpus/fixes/cases/windkh__node-red-contrib-telegrambot__48c7193/case.json \
  scan-corpus/fixes/cases/NRCHKB__node-red-contrib-homekit-bridged__d474a7d/case.json \
  scan-corpus/fixes/cases/guidone__node-red-contrib-chatbot__d9ffb6a/case.json \
  scan-corpus/fixes/cases/vinodsr__node-red-contrib-tuya-smart-device__2194b5e/case.json \
  scan-corpus/fixes/cases/windkh__node-red-contrib-shelly__4d142aa/case.json \
  scan-corpus/fixes/cases/windkh__node-red-contrib-shelly__32c5685/case.json; do
  node -e 'const fs=require("fs");const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,"utf8"));j.batch="2026-12-07i";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")' "$f"
done
