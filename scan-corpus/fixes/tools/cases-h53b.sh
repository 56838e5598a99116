#!/usr/bin/env bash
# Batch 2026-12-07s, list (h53b): leak fixes from Node.js servers, command-line tools, Electron main
# processes, dev servers and file watchers, and database code (netlify/cli, unjs/nitro,
# modernweb-dev/web, brave/browser-laptop, nodkz/mongodb-memory-server), added by a helper who
# classified them from the diffs only (no scan was run). laurent22/joplin gave no case. Each
# case.json gets "batch": "2026-12-07s" afterwards (the loop at the end).
# Skipped diffs and repositories: tools/skipped-h53b.md.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# netlify/cli (MIT); the fixes are the squash commits on main (3deb5522e = branch commit 3a25eef77 for
# src/utils/proxy.ts, 1002f98d1 = branch commit 4adc5b7a8)
N=$M/netlify+cli/repo
add $N 3deb5522e src/utils/proxy.ts --repo netlify/cli --license MIT \
  --class runtime --kind listener --receiver 'req' --event aborted --line 549 --shape retry-readds-listeners \
  --desc "the dev proxy's error handler retried a refused request on the other IP family (and the next alternative path) by calling proxy.web() again on the same incoming request, and each http-proxy web() call attaches its own 'aborted' and 'error' listeners to the request, so every retry stacked another pair holding that attempt's upstream request; the fix removes the request's 'aborted' and 'error' listeners before each retry"
add $N 1002f98d1 src/utils/shell.ts --repo netlify/cli --license MIT \
  --class runtime --kind timer --receiver 'spinner' --event null --line 68 --shape restart-without-stop \
  --desc "while piping the framework command's output, each chunk cleared the already-running spinner and called start() on it again, and nanospinner's start() sets up a new frame interval and new process exit/signal listeners while clear() removes none of them, so every output chunk added another interval and SIGINT/SIGTERM listeners; the fix stops the spinner's own loop once and renders single frames with spin()"

# unjs/nitro (MIT; the 2021 history is the nitro subtree of nuxt/framework, MIT, with no licence file
# or package.json in the tree at the fix, so the licence is passed with --license)
add $M/unjs+nitro/repo 1b93a42c src/server/dev.ts --repo unjs/nitro --license MIT \
  --class syntactic --kind disposable --receiver 'activeWorker' --event null --line 47 --shape field-overwritten \
  --desc "each dev-server reload started a new worker thread and, once it reported its port, assigned it to activeWorker without ending the worker it replaced, so every rebuild left the previous server worker thread running; the fix terminates the old active worker before the new one takes its place"

# modernweb-dev/web (MIT)
W=$M/modernweb-dev+web/repo
add $W 234f61fd packages/test-runner-core/src/server/plugins/api/createSourceMapFunction.ts --repo modernweb-dev/web --license MIT \
  --class runtime --kind disposable --receiver 'consumer' --event null --line 111 --shape cached-undisposed \
  --desc "the stack-trace source-mapping function created a source-map SourceMapConsumer (which holds memory that must be freed with destroy()) per file and user agent and kept it in a map for the life of the test runner without ever destroying it; the fix creates the consumer per lookup and destroys it after use"
add $W 7c629630 packages/test-runner-selenium/src/seleniumLauncher.ts --repo modernweb-dev/web --license MIT \
  --class syntactic --kind timer --receiver 'setInterval' --event null --line 109 --shape missing-in-teardown \
  --desc "the Selenium launcher's keep-alive heartbeat interval was only cleared in stopSession() (stopping it after the first session) and never in stop(), so after the launcher quit its drivers the interval went on firing every minute; the fix clears the interval in stop() and starts it when the driver is created"
add $W 5ba52dd6 packages/dev-server-core/src/server/DevServer.ts --repo modernweb-dev/web --license MIT \
  --class runtime --kind socket --receiver 'this.server' --event null --line 37 --shape missing-in-teardown \
  --desc "stop() only called server.close(), which stops accepting new connections but waits for the connections already open (keep-alive and long-lived ones), so the dev server's client sockets stayed open and the server never finished closing; the fix tracks every accepted connection and destroys the open ones before closing the server"

# brave/browser-laptop (MPL-2.0); files in app/ run in the Electron (muon) main process
B=$M/brave+browser-laptop/repo
add $B efb70a435 app/tor.js --repo brave/browser-laptop --license MPL-2.0 \
  --class syntactic --kind listener --receiver 'control' --event async-STATUS_CLIENT --line 572 --shape identity-mistake \
  --desc "onBootstrap() subscribed to the tor control connection's 'async-STATUS_CLIENT' event with an inline arrow wrapper but, when the STATUS_CLIENT subscription failed, removed the inner onStatusClient function, which was never registered, so the wrapper stayed attached; the fix registers a named listener and removes that same function"
add $B 5d0992961 app/menu.js --repo brave/browser-laptop --license MPL-2.0 \
  --class runtime --kind disposable --receiver 'menu' --event null --line 569 --shape field-overwritten \
  --desc "init() rebuilt the application menu from its template on every app-store change and menu-update message and installed the new Menu with setApplicationMenu() without destroying the one it replaced, so each rebuild left the previous native menu alive; the fix keeps the current menu in a module variable and destroys the old one after installing the new one"
# app/tor.js at 5648cb350 is 1763/1768 lines: pruned to the licence header, the requires, the path helpers,
# the TorDaemon class and the module.exports lines
add $B 5648cb350 app/tor.js --repo brave/browser-laptop --license MPL-2.0 \
  --class syntactic --kind disposable --receiver 'this._watcher' --event null --line 136 --shape missing-in-teardown \
  --keep 1-737,1754-1763 --keep-after 1-742,1759-1768 \
  --desc "TorDaemon.start() opened an fs.watch watcher on the tor watch directory and kill() never closed it, so the watcher kept running after the daemon was killed and a restart overwrote the field with another one; the fix closes and clears the watcher in kill()"

# nodkz/mongodb-memory-server (MIT)
D=$M/nodkz+mongodb-memory-server/repo
add $D 08aa26fb packages/mongodb-memory-server-core/src/MongoMemoryReplSet.ts --repo nodkz/mongodb-memory-server --license MIT \
  --class syntactic --kind timer --receiver 'setTimeout' --event null --line 267 --shape race-timeout-not-cleared \
  --desc "_waitForPrimary() raced the servers' primary-ready promises against a 30-second timeout promise and never cleared the timeout once a primary was found, so the timer stayed pending (keeping the process and the replica set alive) and later rejected an abandoned promise; the fix keeps the timeout id and clears it after the race"
add $D 60646eb4 packages/mongodb-memory-server-core/src/MongoMemoryReplSet.ts --repo nodkz/mongodb-memory-server --license MIT \
  --class syntactic --kind listener --receiver 'process' --event beforeExit --line 138 --shape early-return-skips-removal \
  --desc "every replica set registered its stop() as a process 'beforeExit' listener in the constructor, but stop() returned early for a set already in the stopped state before removing it, so a set that was never started (or whose stop() ran after its state was already reset) stayed attached to process; the fix removes the listener before the state check"

# batch tag (add-case.ts does not know batches)
for f in scan-corpus/fixes/cases/netlify__cli__3deb552/case.json \
  scan-corpus/fixes/cases/netlify__cli__1002f98/case.json \
  scan-corpus/fixes/cases/unjs__nitro__1b93a42/case.json \
  scan-corpus/fixes/cases/modernweb-dev__web__234f61f/case.json \
  scan-corpus/fixes/cases/modernweb-dev__web__7c62963/case.json \
  scan-corpus/fixes/cases/modernweb-dev__web__5ba52dd/case.json \
  scan-corpus/fixes/cases/brave__browser-laptop__efb70a4/case.json \
  scan-corpus/fixes/cases/brave__browser-laptop__5d09929/case.json \
  scan-corpus/fixes/cases/brave__browser-laptop__5648cb3/case.json \
  scan-corpus/fixes/cases/nodkz__mongodb-memory-server__08aa26f/case.json \
  scan-corpus/fixes/cases/nodkz__mongodb-memory-server__60646eb/case.json; do
  node -e 'const fs=require("fs");const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,"utf8"));j.batch="2026-12-07s";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")' "$f"
done
