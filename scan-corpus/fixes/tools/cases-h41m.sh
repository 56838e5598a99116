#!/usr/bin/env bash
# Batch 2026-12-07g, list (m): leak fixes from networking libraries (HTTP clients, proxies, FTP,
# service discovery): follow-redirects/follow-redirects, tomas/needle, microsoft/etcd3,
# joeferner/node-http-mitm-proxy and QuorumDMS/ftp-srv, added by a helper who classified them
# from the diffs only (no scan was run). jquatier/eureka-js-client and sofastack/sofa-rpc-node
# were tried and gave no case. Each case.json gets "batch": "2026-12-07g" afterwards (the loop at
# the end). Skipped diffs and repositories: tools/skipped-h41m.md.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# follow-redirects/follow-redirects (MIT)
F=$M/follow-redirects+follow-redirects/repo
add $F 86f7572 index.js --repo follow-redirects/follow-redirects --license MIT \
  --class syntactic --kind timer --receiver 'self._timeout' --event null --line 163 --shape missing-in-teardown \
  --desc "setTimeout() armed a request-wide timer in self._timeout that was cleared only on 'response' or 'error', so aborting a request left the timer pending (it later emitted 'timeout' on the dead request and kept it and its listeners alive); the fix also clears the timer on 'abort' and removes all three clearing listeners once it ran"
add $F bd8c81e index.js --repo follow-redirects/follow-redirects --license MIT \
  --class runtime --kind socket --receiver 'this._currentRequest' --event null --line 283 --shape missing-in-teardown \
  --desc "the redirectable request inherited Writable's destroy(), which only tore down the wrapper, so destroying it left the underlying native request (and its socket) open with the wrapper's event handlers attached and the timeout timer armed; the fix overrides destroy() to detach the handlers from and destroy the native request, and clears the timer on 'close'"
add $F aa25626 index.js --repo follow-redirects/follow-redirects --license MIT \
  --class runtime --kind socket --receiver 'response' --event null --line 162 --shape discarded-disposable \
  --desc "when a response was a redirect, the client issued the next request and simply dropped the intermediate response without reading or destroying it, so its socket stayed occupied and open; the fix destroys each intermediate redirect response"

# tomas/needle (MIT; 9aa2987 has no licence field, its README says MIT)
N=$M/tomas+needle/repo
add $N 9aa2987 lib/needle.js --repo tomas/needle --license MIT \
  --class syntactic --kind timer --receiver 'timerGenerator' --event null --line 380 --shape discarded-disposable \
  --desc "on each response the request started a second timeout (which emits 'timeout' on the output stream) through a helper whose returned handle was thrown away, so the timer could never be cleared and fired after the response had long finished; the fix keeps both timeouts on a timer object and clears the response timeout on the response's 'end' and both on error"
add $N e5769cf lib/needle.js --repo tomas/needle --license MIT \
  --class syntactic --kind listener --receiver 'socket' --event end --line 571 --shape per-call-on-shared \
  --desc "every request added an anonymous 'end' listener to the socket it was assigned, and keep-alive sockets are reused by later requests, so listeners (each holding its request's closure) piled up on the pooled socket; the fix registers a named handler once and removes it from the request's socket when the request is done"
add $N ade8aec lib/needle.js --repo tomas/needle --license MIT \
  --class runtime --kind listener --receiver 'socket' --event connect --line 700 --shape per-call-on-shared \
  --desc "each request waited for its socket's 'connect' event with a once listener to start the response timeout, but a reused keep-alive socket is already connected and never emits 'connect' again, so the listeners accumulated on the pooled socket; the fix only listens when the socket is still connecting and otherwise starts the timeout at once"

# microsoft/etcd3 (MIT)
E=$M/microsoft+etcd3/repo
add $E 5c66c0d src/lease.ts --repo microsoft/etcd3 --license MIT \
  --class runtime --kind timer --receiver 'keepaliveTimer' --event null --line 330 --shape aborted-connect \
  --desc "a lease revoked or released while its grant was still in flight was marked alive again when the grant resolved, which started the keepalive loop (a setInterval and a keepalive stream) that no teardown would ever stop; the fix returns early from the grant callback when the lease was already revoked"
add $E 101298e src/watch.ts --repo microsoft/etcd3 --license MIT \
  --class runtime --kind socket --receiver 'this.stream' --event null --line 217 --shape half-close \
  --desc "the watch manager closed its gRPC watch stream with end(), which only half-closes the call, so on teardown or after an error the stream (and the watch on the server) stayed open; the fix cancels the stream instead"

# joeferner/node-http-mitm-proxy (MIT)
add $M/joeferner+node-http-mitm-proxy/repo ffe4904 lib/proxy.js --repo joeferner/node-http-mitm-proxy --license MIT \
  --class runtime --kind socket --receiver 'conn' --event null --line 392 --shape half-close \
  --desc "the CONNECT tunnel opened a half-open-allowed connection to the inner proxy and, when the client socket closed, only end()ed it, while the connect-request map entry was dropped only on 'end' and errors left the connection alone, so tunnels kept their sockets and map entries (and the per-host certificate semaphores were never deleted); the fix destroys the connection on client close and on error, cleans the map entry on 'close' and deletes the semaphore"

# QuorumDMS/ftp-srv (MIT)
add $M/QuorumDMS+ftp-srv/repo ca576ac src/connection.js --repo QuorumDMS/ftp-srv --license MIT \
  --class runtime --kind socket --receiver 'this.commandSocket' --event null --line 27 --shape half-close \
  --desc "closing an FTP connection (also on the idle timeout) only end()ed the client's command socket, so a client that never closed its side kept the socket and its connection open and the server could not shut down; the fix destroys the command socket once the closing reply has been sent"

# batch tag (add-case.ts does not know batches)
for f in scan-corpus/fixes/cases/follow-redirects__follow-redirects__86f7572/case.json \
  scan-corpus/fixes/cases/follow-redirects__follow-redirects__bd8c81e/case.json \
  scan-corpus/fixes/cases/follow-redirects__follow-redirects__aa25626/case.json \
  scan-corpus/fixes/cases/tomas__needle__9aa2987/case.json \
  scan-corpus/fixes/cases/tomas__needle__e5769cf/case.json \
  scan-corpus/fixes/cases/tomas__needle__ade8aec/case.json \
  scan-corpus/fixes/cases/microsoft__etcd3__5c66c0d/case.json \
  scan-corpus/fixes/cases/microsoft__etcd3__101298e/case.json \
  scan-corpus/fixes/cases/joeferner__node-http-mitm-proxy__ffe4904/case.json \
  scan-corpus/fixes/cases/QuorumDMS__ftp-srv__ca576ac/case.json; do
  node -e 'const fs=require("fs");const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,"utf8"));j.batch="2026-12-07g";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")' "$f"
done
