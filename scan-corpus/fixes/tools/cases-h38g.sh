#!/usr/bin/env bash
# Batch 2026-12-07d, list (g): leak fixes from bots-and-automation repositories (scrapers and
# crawlers, home automation): apify/crawlee, simplecrawler/simplecrawler,
# yujiosaka/headless-chrome-crawler and ioBroker/ioBroker.zigbee, added by a helper who classified
# them from the diffs only (no scan was run). Hexagon/croner, MenuDocs/erela.js,
# lavaclient/lavaclient, Tomato6966/lavalink-client and itavero/homebridge-z2m gave no case.
# Each case.json gets "batch": "2026-12-07d" afterwards (the loop at the end).
# Skipped diffs and repositories: tools/skipped-h38g.md.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# apify/crawlee (Apache-2.0; the 2018 commit is from its apify-js history)
C=$M/apify+crawlee/repo
add $C 25f566587 src/autoscaled_pool.js --repo apify/crawlee --license Apache-2.0 \
  --class types --kind listener --receiver 'events' --event 'ACTOR_EVENT_NAMES.CPU_INFO' --line 93 --shape missing-in-teardown \
  --desc "every AutoscaledPool subscribed an anonymous CPU-info handler to the process-wide actor events emitter imported from actor.js and its _destroy() only cleared the pool's intervals, so each finished pool stayed referenced by the emitter; the fix keeps the handler on the instance and removes it from the emitter in _destroy()"
add $C 42b89146a packages/core/src/autoscaling/autoscaled_pool.ts --repo apify/crawlee --license Apache-2.0 \
  --class syntactic --kind timer --receiver 'interval' --event null --line 443 --shape error-path \
  --desc "pause() polls with a setInterval that only clears itself once no task is running, so when the pause timeout fired and rejected the promise while tasks were stuck the polling interval kept running; the fix declares the interval before the timeout and clears it in the timeout callback"
add $C 49bba252e packages/basic-crawler/src/internals/basic-crawler.ts --repo apify/crawlee --license Apache-2.0 \
  --class types --kind listener --receiver 'this.events' --event 'EventType.MIGRATING' --line 580 --shape no-teardown \
  --desc "each BasicCrawler constructor added bound migrating and aborting handlers to the event manager taken from the shared configuration and never removed them, and every run() added a SIGINT handler to process, so crawlers piled up on those emitters; the fix registers all three at the start of run() and removes them in its finally block"

# simplecrawler/simplecrawler (BSD-2-Clause)
S=$M/simplecrawler+simplecrawler/repo/.git
add $S ad183b0 lib/crawler.js --repo simplecrawler/simplecrawler --license BSD-2-Clause \
  --class runtime --kind socket --receiver 'response.socket' --event null --line 1168 --shape wrong-close \
  --desc "for responses whose content type was not to be downloaded (and for 4xx/5xx responses) the crawler called end() on the response socket without reading the body, which only half-closes it and leaves the socket and its unread response alive; the fix destroys the socket instead"
add $S ab684e3 lib/crawler.js --repo simplecrawler/simplecrawler --license BSD-2-Clause \
  --class runtime --kind socket --receiver 'response' --event null --line 1383 --shape error-path \
  --keep 1-20,1237-1629,1846-1846 --keep-after 1-20,1237-1634,1851-1851 \
  --desc "the 304 Not Modified branch of handleResponse emitted the event but, unlike the other branches, neither destroyed the response socket nor removed the request from the open-requests list, so each 304 left a socket and a request entry behind; the fix destroys the socket and removes the entry"

# yujiosaka/headless-chrome-crawler (MIT)
H=$M/yujiosaka+headless-chrome-crawler/repo
add $H 1e31217 lib/hccrawler.js --repo yujiosaka/headless-chrome-crawler --license MIT \
  --class syntactic --kind disposable --receiver 'crawler' --event null --line 257 --shape error-path \
  --desc "the page wrapper opened for each request was closed only after a successful crawl and onSuccess, so any failure in between went to the retry and give-up handlers without closing it and left a browser tab open per failed attempt; the fix moves the handlers inside the page's chain and closes the page in both"
add $H 57b7373 lib/hccrawler.js --repo yujiosaka/headless-chrome-crawler --license MIT \
  --class syntactic --kind disposable --receiver 'crawler' --event null --line 330 --shape early-return \
  --desc "_request returned early when the response turned out to be a redirect to an already requested URL, before reaching crawler.close(), so each such request left its browser page open; the fix closes the page right after crawling, before the early return"

# ioBroker/ioBroker.zigbee (MIT)
Z=$M/ioBroker+ioBroker.zigbee/repo
add $Z f83a9146 main.js --repo ioBroker/ioBroker.zigbee --license MIT \
  --class syntactic --kind timer --receiver 'this.reconnectTimer' --event null --line 533 --shape missing-in-teardown \
  --desc "tryToReconnect stored a native setTimeout in this.reconnectTimer that onUnload never cleared, so stopping the adapter during a pending reconnect left a timer that reconnected the torn-down adapter; the fix schedules it with the adapter's tracked setTimeout, which the adapter clears on unload"
add $Z 043fee50 lib/zbDeviceAvailability.js --repo ioBroker/ioBroker.zigbee --license MIT \
  --class syntactic --kind timer --receiver 'this.startDevicePingTimeout' --event null --line 119 --shape missing-in-teardown \
  --desc "the availability extension's stop() cleared only its per-device timers, while the ping-queue timer in startDevicePingTimeout, the new-device publish timer and the start-up read timer used the global setTimeout and survived the adapter's unload; the fix schedules them with the adapter's tracked setTimeout"
add $Z 4900f340 lib/zbDeviceAvailability.js --repo ioBroker/ioBroker.zigbee --license MIT \
  --class runtime --kind timer --receiver 'this.timers[device.ieeeAddr]' --event null --line 170 --shape missing-handler \
  --desc "the availability extension started a recurring interval per battery-powered device but had no handler for a device leaving the network, so a departed device's interval kept firing (and failing) until restart; the fix adds an onDeviceLeave hook that clears it through onDeviceRemove"

# types cases: the modules their files import
npx tsx test/scan/eval/add-imports.ts "$C" apify__crawlee__25f5665 --depth 2 --max-lines 6000
npx tsx test/scan/eval/add-imports.ts "$C" apify__crawlee__49bba25 --depth 2 --max-lines 6000

# batch tag (add-case.ts does not know batches)
for f in scan-corpus/fixes/cases/apify__crawlee__25f5665/case.json \
  scan-corpus/fixes/cases/apify__crawlee__42b8914/case.json \
  scan-corpus/fixes/cases/apify__crawlee__49bba25/case.json \
  scan-corpus/fixes/cases/simplecrawler__simplecrawler__ad183b0/case.json \
  scan-corpus/fixes/cases/simplecrawler__simplecrawler__ab684e3/case.json \
  scan-corpus/fixes/cases/yujiosaka__headless-chrome-crawler__1e31217/case.json \
  scan-corpus/fixes/cases/yujiosaka__headless-chrome-crawler__57b7373/case.json \
  scan-corpus/fixes/cases/ioBroker__ioBroker.zigbee__f83a914/case.json \
  scan-corpus/fixes/cases/ioBroker__ioBroker.zigbee__043fee5/case.json \
  scan-corpus/fixes/cases/ioBroker__ioBroker.zigbee__4900f34/case.json; do
  node -e 'const fs=require("fs");const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,"utf8"));j.batch="2026-12-07d";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")' "$f"
done
