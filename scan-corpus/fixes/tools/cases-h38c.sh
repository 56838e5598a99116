#!/usr/bin/env bash
# Batch 2026-12-07b, list (c): leak fixes from long-running developer tooling (a debug adapter, a
# dev-server middleware, a type-checker webpack plugin and a CSS language server):
# microsoft/vscode-js-debug, webpack/webpack-dev-middleware,
# TypeStrong/fork-ts-checker-webpack-plugin and tailwindlabs/tailwindcss-intellisense, added by a
# helper who chose the repositories by the written rule (held-out by sha1, not in the corpus or
# its READMEs) and classified the cases from the diffs only (no scan was run).
# redhat-developer/yaml-language-server, microsoft/vscode-eslint, wclr/ts-node-dev, vuejs/vetur,
# sveltejs/vite-plugin-svelte and jest-community/jest-editor-support gave no case. Each case.json
# gets "batch": "2026-12-07b" afterwards (the loop at the end).
# Skipped diffs and repositories: tools/skipped-h38c.md.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# microsoft/vscode-js-debug (MIT)
D=$M/microsoft+vscode-js-debug/repo
add $D 4d5431e8 src/adapter/scriptSkipper/implementation.ts --repo microsoft/vscode-js-debug --license MIT \
  --class syntactic --kind listener --receiver 'ScriptSkipper.sharedSkipsEmitter' --event null --line 134 --shape discarded-disposable \
  --desc "every ScriptSkipper (one per debug target) subscribed a closure over itself to the class's static shared-skips emitter and dropped the returned disposable, so each finished debug session stayed reachable from the static emitter for the life of the extension host; the fix keeps the subscription, disposes it in a new dispose() and has the container track the skipper for disposal"
add $D 56efaf94 src/ui/vsCodeSessionManager.ts --repo microsoft/vscode-js-debug --license MIT \
  --class syntactic --kind socket --receiver 'this.server' --event null --line 27 --shape missing-in-teardown \
  --desc "for every debug session the manager created a connection strategy that opened a TCP server listening on a random port, and nothing ever closed those servers, so each session left a listening server behind; the fix gives the strategy a dispose() that closes its server and has the manager collect the strategies and dispose them with itself"
add $D 44a016c7 src/ui/debugSessionTunnels.ts --repo microsoft/vscode-js-debug --license MIT \
  --class types --kind disposable --receiver 'tunnel' --event null --line 54 --shape discarded-disposable \
  --desc "request() opened a workspace port-forwarding tunnel for a debug session but never put it into the per-session map that the session-termination handler disposes from, so every tunnel outlived its session (and a later request opened another); the fix stores the new tunnel in the map"

# webpack/webpack-dev-middleware (MIT)
W=$M/webpack+webpack-dev-middleware/repo
add $W 6730076 lib/fs.js --repo webpack/webpack-dev-middleware --license MIT \
  --class syntactic --kind listener --receiver 'compiler.hooks.assetEmitted' --event null --line 18 --shape per-call-on-shared \
  --desc "with writeToDisk the middleware tapped the compiler's assetEmitted hook from inside its emit hook, so every rebuild in watch mode added one more asset-writing tap to the long-lived compiler (each holding that compilation) and assets were written once per past build; the fix marks the compiler after the first tap and skips tapping again"
add $W 1258fdd src/utils/compatibleAPI.js --repo webpack/webpack-dev-middleware --license MIT \
  --class runtime --kind other --receiver 'bufferOtStream' --event null --line 133 --shape abort-path \
  --desc "send() piped a file read stream into the response and did nothing else with it, so a response closed early (client aborted) or a stream error left the read stream and its file descriptor open; the fix destroys the stream once the response finishes or the stream errors, and answers stream errors with an error page"

# TypeStrong/fork-ts-checker-webpack-plugin (MIT)
add $M/TypeStrong+fork-ts-checker-webpack-plugin/repo be2add9 src/rpc/wrap-rpc.ts --repo TypeStrong/fork-ts-checker-webpack-plugin --license MIT \
  --class syntactic --kind listener --receiver 'childProcess' --event close --line 47 --shape identity-mistake \
  --desc "each RPC call added a 'message' and a 'close' listener to the long-lived worker child process, but the unsubscribe step removed the close handler under the 'exit' event, so every call left its 'close' listener (and its promise callbacks) on the worker; the fix removes both handlers from the events they were added to"

# tailwindlabs/tailwindcss-intellisense (packages/tailwindcss-language-server: MIT)
T=$M/tailwindlabs+tailwindcss-intellisense/repo
add $T 8170e660 packages/tailwindcss-language-server/src/tw.ts --repo tailwindlabs/tailwindcss-intellisense --license MIT \
  --class syntactic --kind disposable --receiver 'this.commonRegistrations' --event null --line 899 --shape field-overwritten \
  --desc "updateCommonCapabilities() ran once per workspace folder and stored each new client capability registration in this.commonRegistrations without disposing the previous one, so the earlier registrations stayed active (duplicate hover and colour requests) and a server restart only unregistered the last; the fix disposes the old registrations before registering and registers the common capabilities once after all folders are initialised"
add $T 98895fba packages/tailwindcss-language-server/src/oxide-session.ts --repo tailwindlabs/tailwindcss-intellisense --license MIT \
  --class runtime --kind other --receiver 'this.helper' --event null --line 63 --shape check-then-await-race \
  --desc "startIfNeeded() checked for an existing connection and then awaited a file lookup before forking the scanning helper process, so concurrent scans of several projects each forked a helper and overwrote this.helper, and stop() killed only the last one; the fix stores a single start promise synchronously so all callers share one helper process"

# types cases: the modules their files import
npx tsx test/scan/eval/add-imports.ts "$D" microsoft__vscode-js-debug__44a016c --depth 2 --max-lines 6000

# batch tag (add-case.ts does not know batches)
for f in scan-corpus/fixes/cases/microsoft__vscode-js-debug__4d5431e/case.json \
  scan-corpus/fixes/cases/microsoft__vscode-js-debug__56efaf9/case.json \
  scan-corpus/fixes/cases/microsoft__vscode-js-debug__44a016c/case.json \
  scan-corpus/fixes/cases/webpack__webpack-dev-middleware__6730076/case.json \
  scan-corpus/fixes/cases/webpack__webpack-dev-middleware__1258fdd/case.json \
  scan-corpus/fixes/cases/TypeStrong__fork-ts-checker-webpack-plugin__be2add9/case.json \
  scan-corpus/fixes/cases/tailwindlabs__tailwindcss-intellisense__8170e66/case.json \
  scan-corpus/fixes/cases/tailwindlabs__tailwindcss-intellisense__98895fb/case.json; do
  node -e 'const fs=require("fs");const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,"utf8"));j.batch="2026-12-07b";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")' "$f"
done
