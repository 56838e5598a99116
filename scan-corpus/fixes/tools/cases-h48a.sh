#!/usr/bin/env bash
# Batch 2026-12-07n, list (aa): leak fixes from Node.js network servers and their application code
# (DevExpress/testcafe-hammerhead, drachtio/drachtio-srf, honojs/node-server, agebrock/tunnel-ssh,
# fastify/fastify-http-proxy, NetrisTV/ws-scrcpy, diversario/node-ssdp, gajus/http-terminator,
# hapijs/h2o2), added by a helper who classified them from the diffs only (no scan was run).
# Fetched repositories that gave no case are listed in tools/skipped-h48a.md. Each case.json gets
# "batch": "2026-12-07n" afterwards (the loop at the end).
# Skipped diffs and repositories: tools/skipped-h48a.md.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# DevExpress/testcafe-hammerhead (MIT): the proxy's server-side request pipeline
D=$M/DevExpress+testcafe-hammerhead/repo
add $D 6b8aa079 src/request-pipeline/context.ts --repo DevExpress/testcafe-hammerhead --license MIT \
  --class runtime --kind listener --receiver 'this.destRes' --event end --line 331 --shape per-call-on-shared \
  --desc "calculateIsDestResReadableEnded() put a once('end') listener on the context's destination response, but for a response served from the proxy's request cache that object is the cached IncomingMessageLike shared by every request for the same URL and already consumed, so 'end' never fired and each cache hit left another listener (holding its request context) on the cached response; the fix skips the listener for IncomingMessageLike responses"
add $D 1d49ad78 src/request-pipeline/index.ts --repo DevExpress/testcafe-hammerhead --license MIT \
  --class runtime --kind socket --receiver 'ctx.destRes' --event null --line 129 --shape aborted-connect \
  --desc "a destination response that needed no processing was piped into the browser response and nothing destroyed it when the browser closed its connection first, so the half-read upstream response (and the keep-alive agent socket under it) stayed open; the fix destroys the destination response when the client socket is already gone or the browser response closes before the destination response ended"

# drachtio/drachtio-srf (MIT); the fix is on the 4.x release branches
add $M/drachtio+drachtio-srf/repo 5743bee lib/drachtio-agent.js --repo drachtio/drachtio-srf --license MIT \
  --class runtime --kind socket --receiver 'this.mapServer' --event null --line 510 --shape retained-in-collection \
  --desc "in listen mode (drachtio servers connecting out to the app) every connecting server socket got an entry in mapServer holding its pending-request maps, but the agent subscribed to the wire protocol's 'close' event only in connect mode, so closed sockets and their state were never removed from the map; the fix also handles 'close' in listen() so that _onClose deletes the entry"

# honojs/node-server (MIT)
add $M/honojs+node-server/repo 4b5a8d1 src/utils.ts --repo honojs/node-server --license MIT \
  --class runtime --kind disposable --receiver 'reader' --event null --line 20 --shape aborted-connect \
  --desc "writeFromReadableStreamDefaultReader() pumped a web ReadableStream reader into the Node response and detached its error handler only once the reader closed; when the client disconnected while the pump waited for 'drain', the reader was never cancelled, so the response stream's source kept running and the handler stayed on the writable; the fix cancels the reader on the writable's 'close' and 'error'"

# agebrock/tunnel-ssh (MIT)
add $M/agebrock+tunnel-ssh/repo 5b70c01 index.js --repo agebrock/tunnel-ssh --license MIT \
  --class syntactic --kind socket --receiver 'server' --event null --line 45 --shape error-path \
  --desc "createTunnel() opened the local listening server first and, when connecting the SSH client failed, rejected without closing it (the close sat in the catch of the server creation itself, where server is still unset), leaving the local port bound; the fix closes the server when the SSH connection or a forwardOut call fails"

# fastify/fastify-http-proxy (MIT)
add $M/fastify+fastify-http-proxy/repo bda927b index.js --repo fastify/fastify-http-proxy --license MIT \
  --class syntactic --kind socket --receiver 'server' --event null --line 70 --shape missing-in-teardown \
  --desc "the WebSocket proxy created a ws server on fastify's HTTP server and had no teardown for it, so closing the fastify instance left the proxied client WebSocket connections (and the upstream connections piped to them) open; the fix adds an onClose hook that closes every client of the ws server"

# NetrisTV/ws-scrcpy (MIT)
W=$M/NetrisTV+ws-scrcpy/repo
add $W 2b00748 src/packages/multiplexer/Multiplexer.ts --repo NetrisTV/ws-scrcpy --license MIT \
  --class runtime --kind socket --receiver 'this.channels' --event null --line 92 --shape retained-in-collection \
  --desc "the WebSocket multiplexer kept every channel with its emitter in its channels map and deleted the entry only when the peer sent a close-channel message, so channels closed on this side stayed in the map for the lifetime of the WebSocket; the fix adds a close listener to every created channel that deletes it from the map"
add $W bd60e72 src/server/goog-device/AdbUtils.ts --repo NetrisTV/ws-scrcpy --license MIT \
  --class types --kind socket --receiver 'stream' --event null --line 120 --shape missing-in-teardown \
  --desc "pipePullFileToStream() streamed a file pulled over ADB into the multiplexer channel it was handed and, after sending DONE, left that channel open, so every file download kept a channel alive on the device's WebSocket; the fix closes the channel when the transfer ends"

# diversario/node-ssdp (MIT: no package.json licence field or licence file at the fix, the README's licence section is MIT)
add $M/diversario+node-ssdp/repo 15f0e0b index.js --repo diversario/node-ssdp --license MIT \
  --class syntactic --kind listener --receiver 'process' --event exit --line 46 --shape missing-in-teardown \
  --desc "every SSDP instance added an anonymous 'exit' listener to process in its constructor and stop() never removed it, so each stopped instance (with its socket and logger) stayed referenced by process and the listeners piled up; the fix keeps the handler on the instance and removes it in stop()"

# gajus/http-terminator (BSD-3-Clause)
G=$M/gajus+http-terminator/repo
add $G 5cdff64 src/factories/createHttpTerminator.js --repo gajus/http-terminator --license BSD-3-Clause \
  --class syntactic --kind listener --receiver 'server' --event close --line 38 --shape per-call-on-shared \
  --desc "each accepted connection was added to the tracked socket set and removed only by a once('close') listener on the server, so every connection added a listener to the long-lived server and every closed socket stayed in the set until the server itself closed; the fix listens for 'close' on the socket instead"
add $G 57d4291 src/factories/createHttpTerminator.js --repo gajus/http-terminator --license BSD-3-Clause \
  --class runtime --kind socket --receiver 'server' --event connection --line 30 --shape late-connect \
  --desc "connections accepted while terminate() was already running were only added to the tracked sets, after the pass that destroys idle sockets, so they stayed open and kept server.close() waiting; the fix destroys sockets that connect once termination has started"

# hapijs/h2o2 (BSD-3-Clause)
add $M/hapijs+h2o2/repo 3f1cdb6 lib/index.js --repo hapijs/h2o2 --license BSD-3-Clause \
  --class runtime --kind socket --receiver 'promise.req' --event null --line 164 --shape aborted-connect \
  --desc "the proxy handler started the upstream request and nothing aborted it when the downstream client disconnected, so the upstream request and its socket ran on until the upstream server answered; the fix destroys the upstream request on the hapi request's 'disconnect' event"

# types cases: the modules their files import
npx tsx test/scan/eval/add-imports.ts "$W" NetrisTV__ws-scrcpy__bd60e72 --depth 2 --max-lines 6000

# batch tag (add-case.ts does not know batches)
for f in scan-corpus/fixes/cases/DevExpress__testcafe-hammerhead__6b8aa07/case.json \
  scan-corpus/fixes/cases/DevExpress__testcafe-hammerhead__1d49ad7/case.json \
  scan-corpus/fixes/cases/drachtio__drachtio-srf__5743bee/case.json \
  scan-corpus/fixes/cases/honojs__node-server__4b5a8d1/case.json \
  scan-corpus/fixes/cases/agebrock__tunnel-ssh__5b70c01/case.json \
  scan-corpus/fixes/cases/fastify__fastify-http-proxy__bda927b/case.json \
  scan-corpus/fixes/cases/NetrisTV__ws-scrcpy__2b00748/case.json \
  scan-corpus/fixes/cases/NetrisTV__ws-scrcpy__bd60e72/case.json \
  scan-corpus/fixes/cases/diversario__node-ssdp__15f0e0b/case.json \
  scan-corpus/fixes/cases/gajus__http-terminator__5cdff64/case.json \
  scan-corpus/fixes/cases/gajus__http-terminator__57d4291/case.json \
  scan-corpus/fixes/cases/hapijs__h2o2__3f1cdb6/case.json; do
  node -e 'const fs=require("fs");const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,"utf8"));j.batch="2026-12-07n";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")' "$f"
done
