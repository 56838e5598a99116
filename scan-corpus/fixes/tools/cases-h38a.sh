#!/usr/bin/env bash
# Batch 2026-12-07, list (a): leak fixes from Node.js protocol clients and job runners
# (coapjs/node-coap, ldapjs/node-ldapjs, theophilusx/ssh2-sftp-client, andywer/threads.js), added
# by a helper who classified them from the diffs only (no scan was run). elpheria/rpc-websockets
# (LGPL-3.0-only) and postalsys/imapflow gave no case. Each case.json gets "batch": "2026-12-07"
# afterwards (the loop at the end).
# Skipped diffs and repositories: tools/skipped-h38a.md.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# coapjs/node-coap (MIT)
C=$M/coapjs+node-coap/repo
add $C 071e080 lib/server.js --repo coapjs/node-coap --license MIT \
  --class syntactic --kind timer --receiver 'buf.lru_timer' --event null --line 335 --shape missing-in-teardown \
  --desc "every cached reply got a pruning setTimeout kept on the buffer (buf.lru_timer) and close() reset the LRU cache and cleared only the block2 cache timers, so after a server closed its per-reply timers (holding the cache and key) stayed pending; the fix clears every cached buffer's timer before resetting the cache on close"
add $C b142d4d lib/retry_send.ts --repo coapjs/node-coap --license MIT \
  --class syntactic --kind timer --receiver 'this._bOffTimer' --event null --line 74 --shape field-overwritten \
  --desc "RetrySend is reused for each message (every block of a block-wise transfer) and send() stored new retransmit and exchange timers in this._bOffTimer and this._timer without clearing the ones still pending from the previous message, so the lost timers fired later (resending and timing out against the new message) and reset() could no longer reach them; the fix calls reset() at the start of send()"
add $C cc10c3b lib/agent.js --repo coapjs/node-coap --license MIT \
  --class runtime --kind other --receiver 'that._msgIdToReq' --event null --line 284 --shape retained-in-collection \
  --desc "a request whose exchange lifetime ran out without a reply was never finished: it stayed in the agent's message-id and token maps with its RetrySend listeners, and the agent's pending-request count never dropped, so the agent's UDP socket was never closed; the fix (merged with the RetrySend change that emits 'timeout') listens for the sender's timeout and aborts the request, removing its listeners, resetting its sender, deleting the map entries and releasing the agent"

# ldapjs/node-ldapjs (MIT)
L=$M/ldapjs+node-ldapjs/repo
add $L 5f21dbf lib/client/client.js --repo ldapjs/node-ldapjs --license MIT \
  --class runtime --kind socket --receiver 'socket' --event null --line 1039 --shape error-path \
  --desc "when the automatic bind run as a setup step failed, the setup pipeline reported the error and the reconnect logic opened a new connection, but the socket whose bind had failed was left open; the fix destroys the client's socket when the auto-bind fails"
add $L 02077a2 lib/client/client.js --repo ldapjs/node-ldapjs --license MIT \
  --class runtime --kind socket --receiver 'this._socket' --event null --line 836 --shape guard-skips-teardown \
  --desc "destroy() on a connected client only sent an unbind and destroyed the socket only when the client was not connected, so a server that did not close the connection after the unbind left the destroyed client's socket open; the fix destroys the socket in both cases"

# theophilusx/ssh2-sftp-client (Apache-2.0)
S=$M/theophilusx+ssh2-sftp-client/repo
add $S 826c342 src/utils.js --repo theophilusx/ssh2-sftp-client --license Apache-2.0 \
  --class syntactic --kind listener --receiver 'obj.client' --event end --line 134 --shape shared-module-slot \
  --desc "the temporary end/close/error listeners added to an ssh2 connection for each operation were recorded in one module-level array shared by all SftpClient instances, so with several clients one client's removal walked (and emptied) the others' entries too and their listeners stayed on their connections; the fix keeps the array on each client object"
add $S 5e0e481 src/index.js --repo theophilusx/ssh2-sftp-client --license Apache-2.0 \
  --class types --kind listener --receiver 'this.client' --event end --line 416 --shape identity-mistake \
  --desc "get() added its temporary listeners to the ssh2 connection through addTempListeners(this) but in its finally handler passed the raw connection (this.client) instead of the wrapper to removeTempListeners, which expects the wrapper, so the call threw before removing anything and every get() left its end/close/error listeners on the connection; the fix passes the wrapper"
add $S 4397af1 src/index.js --repo theophilusx/ssh2-sftp-client --license Apache-2.0 \
  --class runtime --kind disposable --receiver 'rdr' --event null --line 733 --shape error-path \
  --desc "_put() opened a local file read stream and piped it into the remote write stream, and when the write stream failed the promise was rejected but the read stream (whose pipe does not end it on a destination error) stayed open, leaking a file descriptor per failed upload; the fix destroys a read stream it created itself when the write stream errors"

# andywer/threads.js (MIT)
T=$M/andywer+threads.js/repo
add $T 3607e08 src/worker.node/worker.js --repo andywer/threads.js --license MIT \
  --class syntactic --kind listener --receiver 'this' --event error --line 67 --shape per-call-on-shared \
  --desc "promise() registered a one-shot 'message' handler and a one-shot 'error' handler on the (pooled, reused) worker for every call and, when one fired, never removed the other, so each job left a stale listener on the worker; the fix wraps the handlers so that whichever fires first removes the other"
add $T ba57d80 src/job.js --repo andywer/threads.js --license MIT \
  --class syntactic --kind listener --receiver 'thread' --event progress --line 42 --shape per-call-on-shared \
  --desc "executeOn() added a persistent 'progress' listener (bound to the job) to the pool's thread for every job it ran and never removed it, so a reused thread accumulated one listener per finished job and kept those jobs alive; the fix removes the progress listener when the job's message or error arrives"
add $T 9009590 src/worker/index.ts --repo andywer/threads.js --license MIT \
  --class syntactic --kind disposable --receiver 'syncResult' --event null --line 127 --shape discarded-disposable \
  --desc "when an exposed worker function returned an observable, the worker subscribed to it and threw the subscription away, so a master that unsubscribed only removed its own message handler while the worker-side subscription kept running and posting results; the fix keeps the subscriptions by job id and has the master send a cancel message that unsubscribes it"

# types cases: the modules their files import
npx tsx test/scan/eval/add-imports.ts "$S" theophilusx__ssh2-sftp-client__5e0e481 --depth 2 --max-lines 6000

# batch tag (add-case.ts does not know batches)
for f in scan-corpus/fixes/cases/coapjs__node-coap__071e080/case.json \
  scan-corpus/fixes/cases/coapjs__node-coap__b142d4d/case.json \
  scan-corpus/fixes/cases/coapjs__node-coap__cc10c3b/case.json \
  scan-corpus/fixes/cases/ldapjs__node-ldapjs__5f21dbf/case.json \
  scan-corpus/fixes/cases/ldapjs__node-ldapjs__02077a2/case.json \
  scan-corpus/fixes/cases/theophilusx__ssh2-sftp-client__826c342/case.json \
  scan-corpus/fixes/cases/theophilusx__ssh2-sftp-client__5e0e481/case.json \
  scan-corpus/fixes/cases/theophilusx__ssh2-sftp-client__4397af1/case.json \
  scan-corpus/fixes/cases/andywer__threads.js__3607e08/case.json \
  scan-corpus/fixes/cases/andywer__threads.js__ba57d80/case.json \
  scan-corpus/fixes/cases/andywer__threads.js__9009590/case.json; do
  node -e 'const fs=require("fs");const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,"utf8"));j.batch="2026-12-07";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")' "$f"
done
