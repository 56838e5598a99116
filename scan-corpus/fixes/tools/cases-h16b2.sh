#!/bin/bash
# The add-case.ts command of every case of batch 2026-12-03b (see ../README.md, "Decision criteria
# for the second fresh batch"). Run from the repository root with a bare clone of each repository
# at $MIRROR/<owner>+<name>/repo (what the search tool's `fetch` makes; default /work/.mirror).
# Class, description and leak site of every case were written from reading the diff and the code,
# before the scanner was run on it. add-case.ts does not know batches: the last step tags the new
# case folders.
set -e
M=${MIRROR:-/work/.mirror}
add(){ r=$1; shift; sha=$1; shift; p=$1; shift; npx tsx test/scan/eval/add-case.ts "$M/${r/\//+}/repo" "$sha" "$p" "$@" --repo "$r"; }
# held-out
add Automattic/kue e3efd43 lib/queue/worker.js --class syntactic --kind listener --receiver this.queue --event 'job ttl exceeded' --line 82 --shape 3 --desc "Worker#start() adds its ttlExceededCb for 'job ttl exceeded' to the shared queue (removing only its own previous one), and shutdown() removed the worker's own listeners but not that one, so every shut-down worker stayed referenced by the long-lived queue; the fix removes it in shutdown() (fix from an unmerged pull request; the leak is on kue's master)."
add EventEmitter2/EventEmitter2 b4263f5 lib/eventemitter2.js --class syntactic --kind listener --receiver self --event event --line 1509 --shape 1 --keep 1-7,1471-1514 --keep-after 1-7,1471-1515 --desc "waitFor() adds a listener to the emitter per call and removed it only when the returned promise was cancelled (or timed out), so every waitFor that resolved left its listener (and the settled promise's closure) on the emitter; the fix calls self.off(event, listener) when the listener settles the promise."
add grammyjs/grammY 1c45732 src/client.ts --class syntactic --kind listener --receiver sig --event abort --line 505 --shape 1 --desc "Every API call given an AbortSignal added an 'abort' listener to that caller-owned signal, removed only inside the listener when the signal aborted, so a long-lived signal passed to many calls (a bot-wide one) accumulated one listener and AbortController per call; the fix combines the signals with AbortSignal.any instead of a listener."
add dexie/Dexie.js d4c59589 addons/dexie-cloud/src/helpers/fetchWithStallTimeout.ts --class syntactic --kind listener --receiver outerSignal --event abort --line 17 --shape 1 --desc "fetchWithStallTimeout() chained the caller's init.signal to its own controller with an { once: true } 'abort' listener that nothing removed when the fetch completed, so a long-lived caller signal collected one listener (and controller) per fetch; the fix keeps the handler and removes it in a cleanup() run on every completion path (fix on a feature branch, before it was merged)."
add dexie/Dexie.js 15da54fe addons/dexie-cloud/src/yjs/createYHandler.ts --class runtime --kind disposable --receiver provider.awareness --event null --line 27 --shape field-overwritten --desc "When the Y provider handler ran a second time on the same provider (a leaked handler after HMR), defineProperty replaced provider.awareness without destroying the Awareness the previous getter had created, whose timer and doc listeners kept it alive and broadcasting; the fix destroys the stale awareness first (the awareness's timers are in y-protocols)."
add apollographql/apollo-server 31028e7c6 packages/apollo-engine-reporting/src/agent.ts --class syntactic --kind listener --receiver process --event signal --line 251 --shape 3 --desc "The EngineReportingAgent constructor adds process.once('SIGINT'/'SIGTERM') handlers that close over the agent, and stop() never removed them, so each stopped agent (one per ApolloServer) stayed on the global process object (MaxListenersExceededWarning in tests); the fix keeps the handlers in a map and removes them in stop()."
# tuning
add yjs/yjs dc22a79a src/Binding/QuillBinding.js --class syntactic --kind listener --receiver quillInstance --event text-change --line 29 --shape identity-mistake --desc "The QuillBinding constructor adds _quillObserver for 'text-change' on the Quill editor, and destroy() called this.target.unobserve(...), which is not Quill's emitter API (on/off), so the listener (and the binding with its Y type) stayed on the editor; the fix calls off('text-change', ...)."
add yjs/yjs dbda0742 src/Bindings/DomBinding/DomBinding.js --class syntactic --kind listener --receiver type --event null --line 62 --shape identity-mistake --desc "The DomBinding constructor registers _typeObserver with type.observeDeep(), and destroy() removed it with type.unobserve(), which searches the other (shallow) handler list, so the deep observer kept the destroyed binding and its DOM reachable from the shared Y type; the fix calls unobserveDeep()."
add yjs/yjs e9a0dc4e src/utils/UndoManager.js --class syntactic --kind listener --receiver this.doc --event afterTransaction --line 183 --shape 3 --desc "The UndoManager constructor adds an anonymous afterTransaction listener to the Y.Doc and had no destroy of its own, so a discarded UndoManager stayed referenced by the long-lived document (with its undo stacks); the fix keeps the handler in a field and adds destroy() that removes it."
add bee-queue/bee-queue 36b4904 lib/queue.js --class syntactic --kind listener --receiver client --event error --line 78 --shape 3 --desc "Each Queue adds its _emitError listener for 'error' to the redis client it is given, and close() neither quit that client nor removed the listener when quitCommandClient is off (a client shared between queues), so closed queues stayed referenced by the shared client; the fix removes the listener in close()."
add serialport/node-serialport 9006bd61 lib/bindings/linux.js --class runtime --kind disposable --receiver this.poller --event null --line 41 --shape discarded-disposable --desc "close() stopped the native Poller and dropped this.poller, but the native poller handle (and the JS object it references) was never destroyed, so every open/close cycle leaked one; the fix adds Poller#destroy() and calls it in close() (the leak is in the native binding)."
add ably/ably-js f1bf55d5 src/platform/nodejs/lib/util/http.ts --class runtime --kind socket --receiver this.agent --event null --line 199 --desc "Every Rest client's Http created its own keep-alive http and https Agent on first request and nothing destroyed them, so applications creating many clients kept the agents and their idle sockets; the fix shares one global agent pair when the default agent options are used."
node -e '
const fs = require("fs");
const ids = ["Automattic__kue__e3efd43", "EventEmitter2__EventEmitter2__b4263f5", "grammyjs__grammY__1c45732",
  "dexie__Dexie.js__d4c5958", "dexie__Dexie.js__15da54f", "apollographql__apollo-server__31028e7",
  "yjs__yjs__dc22a79", "yjs__yjs__dbda074", "yjs__yjs__e9a0dc4", "bee-queue__bee-queue__36b4904",
  "serialport__node-serialport__9006bd6", "ably__ably-js__f1bf55d"];
for (const id of ids) {
  const f = `scan-corpus/fixes/cases/${id}/case.json`;
  const c = JSON.parse(fs.readFileSync(f, "utf8"));
  c.batch = "2026-12-03b";
  fs.writeFileSync(f, JSON.stringify(c, null, 2) + "\n");
}'
