#!/usr/bin/env bash
# Batch 2026-12-05o, list (b): leak-fix cases added by a helper from the histories of
# telegraf/telegraf, conversejs/converse.js, kiwiirc/kiwiirc, couchbase/couchnode,
# mikro-orm/mikro-orm, agenda/agenda, Unitech/pm2, liveblocks/liveblocks and
# versatica/mediasoup-client (all in the tuning half). Classified from the diffs; no scan was run.
# Bare clones come from the search tool's `fetch` (/work/.mirror/<owner>+<name>/repo).
# After running, set "batch": "2026-12-05o" in each new case.json.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# kiwiirc/kiwiirc (Apache-2.0)
K=$M/kiwiirc+kiwiirc/repo
add $K e706f22c src/components/App.vue --repo kiwiirc/kiwiirc --license Apache-2.0 --class syntactic --kind listener --receiver 'document' --event keydown --line 136 --shape never-removed --desc 'The root component added keydown/focus/blur/touchstart/resize listeners to document and window with inline arrows and never removed them; the fix registers them through the auto-removing this.listen helper.'
add $K 77d43c5c src/libs/state/BufferState.js --repo kiwiirc/kiwiirc --license Apache-2.0 --class syntactic --kind listener --receiver 'state' --event irc.motd --line 98 --shape never-removed --desc 'Each buffer subscribed to irc.motd on the shared state but its buffer.close cleanup removed only the other two handlers; the fix also $offs the bound motd handler so closed buffers are released.'
add $K 14adf7b6 src/libs/state/BufferState.js --repo kiwiirc/kiwiirc --license Apache-2.0 --class syntactic --kind listener --receiver 'state' --event network.connecting --line 66 --shape identity-mistake --desc 'The buffer registered .bind(this) copies of its handlers on the shared state but $off was given the unbound methods, so nothing was removed on close; the fix keeps the bound functions and removes those.'
add $K 633f6b9a src/components/Container.vue --repo kiwiirc/kiwiirc --license Apache-2.0 --class syntactic --kind listener --receiver 'state' --event sidebar.toggle --line 82 --shape never-removed --desc 'The component subscribed to sidebar.toggle/show/hide on the global state in created() and never unsubscribed; the fix adds a this.listen mixin that $offs them in beforeDestroy.'
add $K 21019f31 src/components/Captcha.vue --repo kiwiirc/kiwiirc --license Apache-2.0 --class syntactic --kind listener --receiver 'this.$state' --event network.connecting --line 30 --shape never-removed --desc 'The captcha component subscribed to network.connecting on the app state in created() and never removed the handler; the fix uses this.listen so it is removed when the component is destroyed.'
add $K b628d1f1 src/libs/batchedAdd.js --repo kiwiirc/kiwiirc --license Apache-2.0 --class syntactic --kind timer --receiver 'setTimeout' --event null --line 42 --shape timer-pile-up --desc 'resetAddCounter rescheduled itself every second forever while not batching, and every single add started another such chain, so timers piled up; the fix keeps one tracked timeout that fires once.'
# left out when merged (at most 6 cases per repository: the last two of this list): add $K 28a6b601 src/components/UrlEmbed.vue --repo kiwiirc/kiwiirc --license Apache-2.0 --class syntactic --kind timer --receiver 'setTimeout' --event null --line 49 --shape timer-outlives-owner --desc 'The embed component polled for the embedly script with an untracked, unbounded setTimeout chain that kept running after the component was destroyed; the fix tracks the timer, caps it and clears it (and removes the card) in beforeDestroy.'
# left out when merged (at most 6 cases per repository: the last two of this list): add $K dbb57799 src/components/LoadingAnimation.vue --repo kiwiirc/kiwiirc --license Apache-2.0 --class runtime --kind timer --receiver 'requestAnimationFrame' --event null --line 77 --shape late-connect --desc 'When the logo image finished loading after the component was destroyed, its onload started a requestAnimationFrame loop that was never cancelled; the fix flags destruction in beforeDestroy and does not start drawing.'

# couchbase/couchnode (Apache-2.0)
C=$M/couchbase+couchnode/repo
add $C 162c270d lib/connection.js --repo couchbase/couchnode --license Apache-2.0 --class runtime --kind other --receiver 'debug' --event null --line 30 --shape discarded-disposable --desc 'Every libcouchbase log message called debug.extend(), creating a fresh debug instance that some debug versions keep registered forever; the fix creates the per-severity loggers once and reuses them.'

# mikro-orm/mikro-orm (MIT)
O=$M/mikro-orm+mikro-orm/repo
add $O a1a4d1dce packages/pglite/src/PgliteConnection.ts --repo mikro-orm/mikro-orm --license MIT --class runtime --kind disposable --receiver 'this.#pglite' --event null --line 80 --shape outlives-owner --desc 'For an in-memory database the connection handed kysely a wrapper whose close() did nothing, so the PGlite (WASM) instance it created was never closed after orm.close(); the fix only neuters close for user-supplied instances and drops the cached instance.'

# agenda/agenda (MIT)
A=$M/agenda+agenda/repo
add $A 1590224 src/JobProcessor.ts --repo agenda/agenda --license MIT --class runtime --kind timer --receiver 'setTimeout' --event null --line 433 --shape timer-pile-up --desc 'Every processing pass re-armed a setTimeout for each queued job whose nextRunAt was in the future, so timers piled up for the same job; the fix marks the job and arms its timer only once.'

# Unitech/pm2 (AGPL-3.0 since 2014-01-27; this fix predates it: Apache-2.0 at the fix)
P=$M/Unitech+pm2/repo
add $P b00bdec3 lib/God.js --repo Unitech/pm2 --license Apache-2.0 --class syntactic --kind timer --receiver 'setTimeout' --event null --line 843 --shape timer-outlives-owner --desc 'processIsDead armed a 5 s timeout beside its polling interval but never cleared it when the process was found dead, so the timer stayed pending and later fired the callback a second time; the fix keeps the handle and clears it.'

# versatica/mediasoup-client (ISC)
V=$M/versatica+mediasoup-client/repo
add $V 20d54fa src/EnhancedEventEmitter.ts --repo versatica/mediasoup-client --license ISC --class runtime --kind other --receiver 'Logger' --event null --line 13 --shape discarded-disposable --desc 'Every emitter constructed without a logger created a new Logger, i.e. three debug instances that debug@4.1 keeps registered and that were never destroyed; the fix shares one module-level logger (and adds Logger.destroy).'
