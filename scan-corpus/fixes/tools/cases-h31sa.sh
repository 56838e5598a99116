#!/usr/bin/env bash
# Batch 2026-12-06k, list (a): held-out repositories porsager/postgres, mscdex/node-imap,
# mscdex/ftp, faye/faye, amqp/rhea-promise, node-xmpp/node-xmpp (= xmppjs/xmpp.js).
# Added by a helper from the diffs alone (no scan was run). porsager/postgres was skipped
# (WTFPL/Unlicense at the fixes), mscdex/ftp could not be fetched. node-xmpp/node-xmpp is the
# old name of xmppjs/xmpp.js, which the corpus already holds (3 cases), so its cases are added
# under the current name and the repository stays within 6 cases.
# Diffs read and not kept: tools/skipped-h31sa.md. Then "batch": "2026-12-06k" is set in each
# new case.json.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# mscdex/node-imap (MIT; package.json has a "licenses" array, so the SPDX id is given)
add $M/mscdex+node-imap/repo b73f325 lib/Parser.js --repo mscdex/node-imap --license MIT \
  --class syntactic --kind listener --receiver 'this._stream' --event readable --line 54 \
  --shape field-overwritten \
  --desc "Parser.setStream() replaced this._stream (STARTTLS hand-off) without removing the 'readable' listener added on the old stream; the fix removes it from the old stream before switching"

# faye/faye (MIT at these commits)
add $M/faye+faye/repo 4b3e183 javascript/mixins/deferrable.js --repo faye/faye --license MIT \
  --class syntactic --kind timer --receiver 'Faye.ENV' --event null --line 13 \
  --shape one-shot-timeout \
  --desc "Deferrable#timeout() started a setTimeout whose handle was dropped, so it kept the deferrable alive and fired after it had already succeeded or failed; the fix keeps the handle and clears it in setDeferredStatus"
add $M/faye+faye/repo 9d132d6 javascript/transport/jsonp.js --repo faye/faye --license MIT \
  --class runtime --kind other --receiver 'Faye.ENV' --event null --line 21 \
  --shape per-call-on-shared \
  --desc "each JSON-P request put a global callback on window (holding its envelopes) and a script tag that were only removed when the server answered; the fix returns an abort() that removes both when the envelope times out"
add $M/faye+faye/repo 2fa966a javascript/engines/memory.js --repo faye/faye --license MIT \
  --class runtime --kind timer --receiver 'this' --event null --line 49 \
  --shape missing-teardown \
  --desc "the memory engine scheduled a per-client expiry timeout (Timeouts mixin) on every ping but had no teardown, so closing the server left all pending timeouts (and client state) alive; the fix adds disconnect() that resets state and removes all timeouts"

# amqp/rhea-promise (Apache-2.0)
add $M/amqp+rhea-promise/repo 079af75 lib/session.ts --repo amqp/rhea-promise --license Apache-2.0 \
  --class runtime --kind disposable --receiver 'rheaReceiver' --event null --line 331 \
  --shape discarded-disposable \
  --desc "when createReceiver() timed out, the rhea receiver link it had attached (and its wrapper) was never closed or removed, so rhea's session kept it alive for the connection's lifetime; the fix closes and removes it on the timeout path"
add $M/amqp+rhea-promise/repo 7f7a08b lib/session.ts --repo amqp/rhea-promise --license Apache-2.0 \
  --class runtime --kind disposable --receiver 'rheaReceiver' --event null --line 292 \
  --shape aborted-connect \
  --desc "aborting createReceiver() called close() on a link that was still attaching, so a link the peer opened afterwards stayed open; the fix waits for receiver_open and closes it then (and does no work when already aborted)"

# Not added after all: xmppjs/xmpp.js was in the corpus before this batch, and a batch takes
# only repositories new to it (fixes.test.ts); the two commands are kept as a record.
# # node-xmpp/node-xmpp = xmppjs/xmpp.js (MIT in 2014, ISC from 2017)
# add $M/node-xmpp+node-xmpp/repo 93fc4708 lib/c2s/stream.js --repo xmppjs/xmpp.js --license MIT \
#   --class syntactic --kind socket --receiver 'this.connection' --event null --line 21 \
#   --shape identity-mistake \
#   --desc "the server 'shutdown' handler ended this.connection with this bound to the server, not the stream, so client connections were never closed when the server shut down; the fix uses self.connection"
# add $M/node-xmpp+node-xmpp/repo 42188e61 packages/events/lib/timeout.js --repo xmppjs/xmpp.js --license ISC \
#   --extra packages/events/lib/delay.js \
#   --class runtime --kind timer --receiver 'delay(ms)' --event null --line 9 \
#   --shape one-shot-timeout \
#   --desc "timeout() raced the promise against delay(ms) whose setTimeout was never cleared, so each call left a pending timer after the promise settled; the fix keeps the delay's timer and clears it when the promise settles"
