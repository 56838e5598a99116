#!/usr/bin/env bash
# Batch 2026-12-06o, list (b): leak fixes from sockjs/sockjs-node, jprichardson/node-fs-extra and
# nuxt/nuxt.js (now nuxt/nuxt), added by a helper session (h35wb) who classified them from the
# diffs only (no scan was run). Each case.json gets "batch": "2026-12-06o" afterwards.
# Skipped diffs and repositories: tools/skipped-h35wb.md.
# Mirrors come from the search tool's `fetch` (/work/.mirror/<owner>+<name>/repo).
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# sockjs/sockjs-node (MIT: LICENSE-MIT-SockJS, COPYING)
add $M/sockjs+sockjs-node/repo b1bc1f6b2acb063a7454e01b50d9ff4e726621df examples/multiplex/multiplex_server.js --repo sockjs/sockjs-node --license MIT \
  --class runtime --kind other --receiver 'channels' --event null --line 20 --shape field-overwritten \
  --desc "a client sending 'sub' again for a topic it already had replaced channels[topic] with a new Channel without closing the old one, so the old Channel never got 'close' and what the application attached to it on 'connection' (listeners, per-channel state holding the connection) stayed alive; the fix only creates a Channel for a topic that has none"

# jprichardson/node-fs-extra (MIT)
add $M/jprichardson+node-fs-extra/repo 5fc1421580c51fe6201d62ceb8b24630e87d734e lib/util/utimes.js --repo jprichardson/node-fs-extra --license MIT \
  --class syntactic --kind other --receiver 'fs' --event null --line 55 --shape error-path \
  --desc 'utimesMillis opened the file with fs.open and, when fs.futimes failed, returned the error to the callback without closing the descriptor, leaking one fd per failed call; the fix closes the fd whatever futimes returned'
add $M/jprichardson+node-fs-extra/repo 1c248ed4b309072c5e1a14287db6b9e6de14d172 lib/util/utimes.js --repo jprichardson/node-fs-extra --license MIT \
  --class syntactic --kind other --receiver 'fs' --event null --line 29 --shape error-path \
  --desc 'utimesMillisSync opened a descriptor with fs.openSync and, when fs.futimesSync threw, never reached fs.closeSync, leaking the fd; the fix closes it in a finally block'

# nuxt/nuxt.js (MIT; the repository is now nuxt/nuxt)
add $M/nuxt+nuxt.js/repo 4c808c90ab7541c7b341f8ac2a225f4f9fca2f98 lib/builder/builder.js --repo nuxt/nuxt.js --license MIT \
  --class syntactic --kind disposable --receiver 'compiler' --event null --line 452 --shape discarded-disposable \
  --desc "in dev mode the server compiler's compiler.watch() Watching handle was dropped, so after nuxt.close() (nuxt-dev restarting on a config change) webpack kept watching and kept the old compiler and builder alive; the fix keeps the handle and closes it from a 'close' hook"
add $M/nuxt+nuxt.js/repo 29df01f16e57a647b41cd7cb91a8a1c93d7ec24e lib/builder/builder.js --repo nuxt/nuxt.js --license MIT \
  --class runtime --kind other --receiver 'require.cache' --event null --line 478 --shape retained-in-collection \
  --desc "after every server rebuild in watch mode the builder deleted all require.cache entries, but each deleted module stayed in its parent module's children array, so every rebuild retained another copy of the reloaded modules; the fix (rmCache) also splices the module out of parent.children"
add $M/nuxt+nuxt.js/repo 06a288376adaef8be8b06c315dc0a8cf0ecdaa06 packages/webpack/src/builder.js 1 --repo nuxt/nuxt.js --license MIT \
  --class runtime --kind other --receiver 'this.compilersWatching' --event null --line 140 --shape collection-growth \
  --desc "the server compiler's Watching was pushed onto this.compilersWatching inside the compiler.watch callback, which webpack calls after every rebuild, so in dev the array gained another entry per rebuild; the fix pushes it once after compiler.watch returns"
add $M/nuxt+nuxt.js/repo 06a288376adaef8be8b06c315dc0a8cf0ecdaa06 packages/builder/src/builder.js 2 --repo nuxt/nuxt.js --license MIT \
  --class syntactic --kind other --receiver 'this.options.build.watch' --event null --line 248 --shape collection-growth \
  --desc "generateRoutesAndFiles, re-run by the file watchers' refreshFiles on every add/unlink/change in dev, pushed the vue-app template glob onto options.build.watch each time, so the array grew per file event; the fix pushes it once in build()"
