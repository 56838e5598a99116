#!/usr/bin/env bash
# Batch 2026-12-06m, list (a): leak-fix cases added by a helper from the held-out repositories
# zeromq/zeromq.js, fastify/fastify-websocket, senecajs/seneca, hemerajs/hemera,
# marionettejs/backbone.marionette, baconjs/bacon.js, hammerjs/hammer.js.
# Classified from the diffs only; the scanner was not run. Diffs read and not kept: skipped-h32ua.md.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# fastify/fastify-websocket (MIT)
add $M/fastify+fastify-websocket/repo 206be2f66bdc3108cdc2c7f8153406dae53b3ff7 index.js --repo fastify/fastify-websocket --license MIT \
  --class syntactic --kind listener --receiver 'websocketListenServer' --event upgrade --line 41 --shape never-removed \
  --desc "The plugin's 'upgrade' listener on the (possibly user-supplied) HTTP server was never removed, so it outlived the fastify instance; the fix names it and removes it in a preClose hook."
add $M/fastify+fastify-websocket/repo 2a746d6e439b277bd5d210cbd6b0f2de9e173876 index.js --repo fastify/fastify-websocket --license MIT \
  --class runtime --kind socket --receiver 'wss' --event connection --line 28 --shape outlives-owner \
  --desc "Accepted websocket connections were left open when the HTTP server closed, keeping it (and the process) alive; the fix wraps server.close to close every client of the websocket server."
add $M/fastify+fastify-websocket/repo 1d9dfaed17cf41872c07f4a4c36165d83219c7f9 index.js --repo fastify/fastify-websocket --license MIT \
  --class runtime --kind socket --receiver 'wss' --event connection --line 28 --shape late-connect \
  --desc "Connections upgraded while the server was closing were routed normally and stayed open after the client sweep (which polled with a setTimeout loop); the fix sets a closing flag and closes such connections at once."

# senecajs/seneca (MIT)
add $M/senecajs+seneca/repo 408a2e8176f598ffe247af48bdff4875b1254d8f seneca.js --repo senecajs/seneca --license MIT \
  --class syntactic --kind listener --receiver 'process' --event null --line 2184 --shape per-instance-on-global \
  --keep 1-390,1224-1237,2117-2590 --keep-after 1-390,1224-1246,2126-2604 \
  --desc "Every seneca instance added an anonymous process signal listener per close signal and never removed it, so instances piled up on process; the fix uses a named handler with once() and removes it in close()."
add $M/senecajs+seneca/repo 411880024ab7e4659f2e520be92bd553c21fa576 seneca.js --repo senecajs/seneca --license MIT \
  --class syntactic --kind timer --receiver 'setInterval' --event null --line 532 --shape never-cleared \
  --keep 1-590,884-922,1636-1849 --keep-after 1-596,890-934,1648-1866 \
  --desc "The status-logging setInterval started in make_seneca was never stored or cleared, so it outlived a closed instance; the fix keeps it in private\$.status_interval and clears it on close."

# hemerajs/hemera (MIT)
add $M/hemerajs+hemera/repo c1988b61761fc5050932332e7df6931c2dc65a36 packages/hemera/lib/index.js --repo hemerajs/hemera --license MIT \
  --class syntactic --kind listener --receiver 'self._transport' --event null --line 668 --shape identity-mistake \
  --desc "remove() passed the topic string to the NATS unsubscribe, which takes the subscription id that subscribe() returned and _topics kept, so removed topics stayed subscribed; the fix unsubscribes the stored id."
add $M/hemerajs+hemera/repo 22c749ae0b6568e02fa2eda411f881f4e2b42d0a packages/hemera/lib/circuitBreaker.js --repo hemerajs/hemera --license MIT \
  --class syntactic --kind timer --receiver 'this._halfOpenTimer' --event null --line 93 --shape identity-mistake \
  --desc "clearHalfOpenTimer() cleared this._halfOpenTime (the duration) instead of the this._halfOpenTimer timeout, so the half-open timer was never cancelled; the fix clears and nulls the timer field."

# marionettejs/backbone.marionette (MIT)
add $M/marionettejs+backbone.marionette/repo c68c1abfc75580989a2749e0484f04b613577672 src/marionette.behaviors.js --repo marionettejs/backbone.marionette --license MIT \
  --class syntactic --kind listener --receiver 'this.model' --event null --line 89 --shape identity-mistake \
  --desc "Behaviors bound their modelEvents/collectionEvents with the behavior as listener but undelegateEvents unbound them with the view as listener, so the behaviors' model and collection listeners were never removed; the fix unbinds with the behavior."
add $M/marionettejs+backbone.marionette/repo 0eee4629ec56e1ec5d99dad55e2230ccc7226a03 src/region.js --repo marionettejs/backbone.marionette --license MIT \
  --class syntactic --kind listener --receiver 'view' --event destroy --line 83 --shape stale-listener \
  --desc "Region.show registered a once('destroy') listener on each shown view and left it on a view swapped out with preventDestroy, which kept the region bound to the old view; the fix removes it from the current view when another view is shown."

# baconjs/bacon.js (MIT)
add $M/baconjs+bacon.js/repo a08d20527459e773ff76b78a41fd625bc7bdf7fb src/flatmap_.ts --repo baconjs/bacon.js --license MIT \
  --class runtime --kind other --receiver 'childDeps' --event null --line 46 --shape retained-in-collection \
  --desc "flatMap_ pushed every spawned child observable into childDeps and removed it only when the child ended, so children unsubscribed early (flatMapLatest, unsubscribe) piled up; the fix removes the child in the unsubscribe function returned to the composite."

# hammerjs/hammer.js (MIT)
add $M/hammerjs+hammer.js/repo a91662f683a901bf8c0e296e7d147b36d7a29586 src/input.js --repo hammerjs/hammer.js --license MIT \
  --class syntactic --kind listener --receiver 'window' --event null --line 53 --shape identity-mistake \
  --desc "Input bound its handler on the element and on window from this.evEl/this.evWin but destroy() read this.elEvents/this.winEvents (never set), so a destroyed manager's window move/up listeners stayed; the fix removes them using the fields that were bound."
