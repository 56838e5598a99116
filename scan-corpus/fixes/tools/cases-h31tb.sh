#!/usr/bin/env bash
# Batch 2026-12-06l, list (b): leak-fix cases from held-out repositories (nedb, express-session,
# connect-mongo, loopback-datasource-juggler, node-tunnel, tty.js, nconf), added by a helper.
# Classified from the diffs only; the scanner was not run. Run from the repository root with the
# mirrors fetched to /work/.mirror/<owner>+<name>/repo. Afterwards each case.json gets
# "batch": "2026-12-06l".
set -e
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

add $M/jdesboeufs+connect-mongo/repo b039309 src/lib/MongoStore.ts --repo jdesboeufs/connect-mongo --license MIT \
  --class syntactic --kind timer --receiver 'this.timer' --event null --line 253 --shape timer-not-cleared-on-close \
  --desc "the autoRemove setInterval stored in this.timer was never cleared by close(), so the store's interval outlived the closed client; close() now clears it"
add $M/loopbackio+loopback-datasource-juggler/repo fde5b426 lib/datasource.js --repo loopbackio/loopback-datasource-juggler --license MIT \
  --class runtime --kind listener --receiver 'this' --event connected --line 1879 --shape per-call-on-shared \
  --keep 1-360,1640-1948 --keep-after 1-362,1642-1963 \
  --desc "each call queued by ready() while the data source is not connected adds once('connected')/once('error') listeners to the long-lived data source; a failed connect emitted nothing, so they piled up; the fix emits 'error' on failure and adds a timeout that removes both listeners"
add $M/loopbackio+loopback-datasource-juggler/repo 32313c1d lib/datasource.js --repo loopbackio/loopback-datasource-juggler --license MIT \
  --class syntactic --kind timer --receiver 'setTimeout' --event null --line 1886 --shape discarded-timer-handle \
  --keep 1-362,1642-1963 --keep-after 1-362,1642-1969 \
  --desc "ready() started a connection-timeout setTimeout per queued call without keeping its handle, so it stayed pending (holding the call's args and later firing a spurious timeout callback) after the connected/error handler ran; the handle is now kept and cleared in both handlers"
add $M/koichik+node-tunnel/repo da4c509 lib/tunnel.js --repo koichik/node-tunnel --license MIT \
  --class syntactic --kind socket --receiver 'self.sockets' --event close --line 143 --shape identity-mistake \
  --desc "tunnel sockets put in the agent's sockets pool were never taken out: the close/agentRemove handler called removeSocket() with no socket (and TLS sockets were pooled under their raw socket), so closed sockets stayed referenced; the fix passes the socket and pools the TLS socket"
add $M/koichik+node-tunnel/repo b772cd5 lib/tunnel.js --repo koichik/node-tunnel --license MIT \
  --class runtime --kind socket --receiver 'socket' --event connect --line 138 --shape discarded-disposable \
  --desc "when the proxy answered CONNECT with a non-200 status, the socket handed to the connect handler was neither pooled nor destroyed and stayed open; the fix destroys it"
add $M/chjj+tty.js/repo fa457d8 static/tty.js --repo chjj/tty.js --license MIT \
  --class runtime --kind disposable --receiver 'windows' --event connect --line 53 --shape reconnect-accumulates \
  --desc "every socket 'connect' (including each reconnect) created a new Window while the windows and terminals of the previous connection were kept in the windows/terms arrays and the page; the fix destroys them and empties the arrays before creating the new window"
