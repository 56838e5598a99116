#!/usr/bin/env bash
# Batch 2026-12-05o, list (a): leak fixes from held-out repositories (lance-gg/lance,
# GetStream/stream-chat-js, paulmillr/chokidar, remy/nodemon, eclipse/paho.mqtt.javascript,
# rethinkdb/rethinkdbdash, apache/pulsar-client-node, nodered/node-red-nodes), added by a helper
# who classified them from the diffs without running the scanner. Bare clones come from the
# search tool's `fetch` (/work/.mirror/<owner>+<name>/repo). After running, each new case.json
# gets "batch": "2026-12-05o". Diffs read and not kept: tools/skipped-h26oa.md.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# paulmillr/chokidar (MIT)
add $M/paulmillr+chokidar/repo 90562a2 lib/nodefs-handler.js --repo paulmillr/chokidar --license MIT \
  --class runtime --kind other --receiver 'readdirp' --event null --line 408 --shape outlives-owner \
  --desc 'the readdirp stream started per directory scan was never destroyed when the watcher closed, so a scan still running kept the closed watcher and its handlers alive; the fix tracks streams in a set that close() destroys'
add $M/paulmillr+chokidar/repo 0537070 index.js --repo paulmillr/chokidar --license MIT \
  --class runtime --kind other --receiver 'FSEventsWatchers' --event null --line 265 --shape identity-mistake \
  --desc 'the shared FSEvents watcher container stored under watchPath was deleted under path, so a stopped watcher and its listener array stayed in the module-level map; the fix deletes the right key'
add $M/paulmillr+chokidar/repo 5f201d6 src/index.ts --repo paulmillr/chokidar --license MIT \
  --class runtime --kind other --receiver 'this._closers' --event null --line 949 --shape identity-mistake \
  --desc 'closers of fs watchers were stored under the raw path but looked up under another spelling of it on Windows, so unwatching a deleted directory never closed its watcher; the fix normalizes the key on both sides'

# remy/nodemon (MIT)
add $M/remy+nodemon/repo 6deafd6 lib/monitor/run.js --repo remy/nodemon --license MIT \
  --class syntactic --kind timer --receiver 'setTimeout' --event null --line 218 --shape uncleared-timer \
  --desc 'the 10-second give-up timer started on quit was never cleared when the child exited first, so a required nodemon kept the event loop alive; the fix keeps its handle and clears it in exit (and makes the signal handlers once)'
add $M/remy+nodemon/repo ad0eba3 lib/monitor/watch.js --repo remy/nodemon --license MIT \
  --class syntactic --kind disposable --receiver 'fs' --event change --line 40 --shape discarded-disposable \
  --desc 'the fs.watch watcher created for each directory was discarded, so a required nodemon kept every directory watcher and its callback after quit; the fix keeps the watchers and removes their change listeners on quit'
add $M/remy+nodemon/repo dd0b96a lib/monitor/run.js --repo remy/nodemon --license MIT \
  --class runtime --kind listener --receiver 'process.stdin' --event null --line 286 --shape per-call-on-shared \
  --desc 'process.stdin was piped into each spawned child and only unpiped on kill or quit, so a child that exited by itself stayed piped from the long-lived stdin; the fix unpipes it in the child exit handler'
