#!/usr/bin/env bash
# Batch 2026-12-07u, list (h55a): leak fixes from dev servers, bundlers and their plugins, build
# tools and static-site generators (ember-cli/ember-cli, brunch/brunch, marp-team/marp-cli,
# egoist/tsup, vuejs/vuepress, preactjs/wmr), added by a helper who classified them from the diffs
# only (no scan was run). broccolijs/broccoli, amasad/sane, gridsome/gridsome, preactjs/preact-cli,
# fuse-box/fuse-box, docsifyjs/docsify, facebook/create-react-app, gulpjs/glob-watcher,
# postcss/postcss-cli, embroider-build/embroider, JeffreyWay/laravel-mix and istanbuljs/nyc gave no
# case. Each case.json gets "batch": "2026-12-07u" afterwards (the loop at the end).
# Skipped diffs and repositories: tools/skipped-h55a.md.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# ember-cli/ember-cli (MIT)
E=$M/ember-cli+ember-cli/repo
add $E d3690279e lib/models/builder.js --repo ember-cli/ember-cli --license MIT \
  --class syntactic --kind listener --receiver 'process' --event SIGINT --line 167 --shape missing-in-teardown \
  --desc "trapSignals() bound SIGINT, SIGTERM and message handlers (and on Windows a stdin 'data' handler) to process for the first Builder behind a module-level flag, and cleanup() never removed them, so process kept the first builder and its broccoli tree reachable after it was cleaned up; the fix stores the bound handlers per builder and removes them from process and stdin in cleanup()"
add $E e231cfc9c lib/models/instrumentation.js --repo ember-cli/ember-cli --license MIT \
  --class runtime --kind other --receiver 'instr.node' --event null --line 233 --shape field-overwritten \
  --desc "start() stored each new heimdall node in instr.node and overwrote the previous one without taking it out of heimdall's process-wide tree, so with instrumentation on every rebuild in watch mode added another build node (and its stats) to the tree for the life of the process; the fix removes the previous node from the tree before starting the next"
add $E b53456424 lib/cli/index.js --repo ember-cli/ember-cli --license MIT \
  --class types --kind other --receiver 'willInterruptProcess' --event null --line 72 --shape error-path \
  --desc "the CLI entry captured the process through will-interrupt-process (its exit and signal hooks) before building the UI, analytics, CLI and project objects, but only the final cli.run() sat in the try/finally that releases it, so an exception during that setup left the process captured (hooks installed, a later capture refused); the fix moves the whole setup inside the try so release() always runs"

# brunch/brunch (MIT)
add $M/brunch+brunch/repo fc3146ed lib/watch.js --repo brunch/brunch --license MIT \
  --class runtime --kind disposable --receiver 'this.fileList' --event null --line 110 --shape missing-in-teardown \
  --extra lib/fs_utils/file_list.js \
  --desc "restartBrunch() closed the chokidar watcher and the workers but dropped this.fileList as it was, so the old FileList kept its listeners (bound to the old BrunchWatcher), its self-rearming reset timer and its file maps alive across every watcher restart; the fix gives FileList a close() (removeAllListeners, clearTimeout, maps cleared) and calls it before restarting"

# marp-team/marp-cli (MIT)
MC=$M/marp-team+marp-cli/repo
add $MC 9b5d5a2 src/marp-cli.ts --repo marp-team/marp-cli --license MIT \
  --class types --kind disposable --receiver 'watcher' --event null --line 258 --shape discarded-disposable \
  --desc "in watch mode the CLI discarded the Watcher returned by watcher() (it holds a chokidar FSWatcher) and never stopped the module-level WatchNotifier's WebSocket servers, so when the command ended with an error the file watcher and notifier sockets stayed open and kept the process alive; the fix keeps the watcher and closes its chokidar watcher and stops the notifier when the command finishes (a follow-up limited this to the error path so that watch mode keeps watching)"

# egoist/tsup (MIT)
add $M/egoist+tsup/repo 44c88a7 src/index.ts --repo egoist/tsup --license MIT \
  --class syntactic --kind disposable --receiver 'worker' --event null --line 230 --shape missing-in-teardown \
  --desc "each dts build started a rollup worker thread and relied on the worker closing its own parent port when done, which did not end the thread, so the worker (with rollup and the TypeScript program loaded) stayed alive after the build; the fix has the parent terminate the worker as soon as it reports success or error"

# vuejs/vuepress (MIT)
V=$M/vuejs+vuepress/repo
add $V c4e6d0a1 packages/@vuepress/core/lib/app/root-mixins/updateLoadingState.js --repo vuejs/vuepress --license MIT \
  --class syntactic --kind listener --receiver 'this.$vuepress' --event AsyncMarkdownContentMounted --line 5 --shape per-call-on-shared \
  --desc "the root mixin subscribed to the global \$vuepress event bus in created() and never unsubscribed; in server-side rendering every rendered page creates a new root instance and beforeDestroy never runs, so each page added a handler closing over its root to the shared bus; the fix skips the subscription (and the smooth-scroll teardown) when rendering on the server"
add $V 2b101086 packages/@vuepress/cli/src/commands/dev.ts --repo vuejs/vuepress --license MIT \
  --class syntactic --kind disposable --receiver 'pagesWatcher' --event null --line 89 --shape missing-in-teardown \
  --desc "when the config file changed the dev command closed the dev server and re-ran itself with watching disabled, leaving the page and config chokidar watchers open with handlers bound to the old app, so the old app stayed reachable and page changes kept going to it; the fix closes both watchers together with the server before re-running dev with watching on"

# preactjs/wmr (MIT)
W=$M/preactjs+wmr/repo
add $W 25e78160 src/bundler.js --repo preactjs/wmr --license MIT \
  --class syntactic --kind disposable --receiver 'bundle' --event null --line 90 --shape missing-in-teardown \
  --desc "bundleProd() wrote the production output from a rollup bundle and returned without closing it, so the bundle and the resources its plugins hold until closeBundle were never released; the fix awaits bundle.close() before returning the result"
add $W 68ce86a4 packages/wmr/src/start.js --repo preactjs/wmr --license MIT \
  --class types --kind socket --receiver 'app.ws' --event null --line 106 --shape missing-in-teardown \
  --desc "the close() used to restart the dev server on config changes only called app.server.close(), which waits for open keep-alive connections, and left the HMR WebSocket server open, so every restart left the old connections and WebSocket server (and the old app behind them) alive; the fix tracks the server's sockets and destroys them, and closes app.ws, before closing the server"

# types cases: the modules their files import
npx tsx test/scan/eval/add-imports.ts "$E" ember-cli__ember-cli__b534564 --depth 2 --max-lines 6000
npx tsx test/scan/eval/add-imports.ts "$MC" marp-team__marp-cli__9b5d5a2 --depth 2 --max-lines 6000
npx tsx test/scan/eval/add-imports.ts "$W" preactjs__wmr__68ce86a --depth 2 --max-lines 6000

# batch tag (add-case.ts does not know batches)
for f in scan-corpus/fixes/cases/ember-cli__ember-cli__d369027/case.json \
  scan-corpus/fixes/cases/ember-cli__ember-cli__e231cfc/case.json \
  scan-corpus/fixes/cases/ember-cli__ember-cli__b534564/case.json \
  scan-corpus/fixes/cases/brunch__brunch__fc3146e/case.json \
  scan-corpus/fixes/cases/marp-team__marp-cli__9b5d5a2/case.json \
  scan-corpus/fixes/cases/egoist__tsup__44c88a7/case.json \
  scan-corpus/fixes/cases/vuejs__vuepress__c4e6d0a/case.json \
  scan-corpus/fixes/cases/vuejs__vuepress__2b10108/case.json \
  scan-corpus/fixes/cases/preactjs__wmr__25e7816/case.json \
  scan-corpus/fixes/cases/preactjs__wmr__68ce86a/case.json; do
  node -e 'const fs=require("fs");const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,"utf8"));j.batch="2026-12-07u";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")' "$f"
done
