#!/usr/bin/env bash
# Batch 2026-12-07l, list (w): leak fixes from reactive and event libraries (observable and stream
# libraries, their framework bindings, reactive state and event-emitter libraries):
# rx-angular/rx-angular, sindresorhus/emittery, ReactiveX/IxJS, vuejs/vue-rx, re-rxjs/react-rxjs,
# mobxjs/mobx-vue, zenparsing/zen-observable and mobxjs/mobx-state-tree, added by a helper who
# classified them from the diffs only (no scan was run). salesforce/akita, crimx/observable-hooks,
# inversify/InversifyJS, jeffijoe/awilix, hapijs/podium, xaviergonz/mobx-keystone,
# ngneat/until-destroy, microsoft/tsyringe, typestack/typedi, storeon/storeon and mroderick/PubSubJS
# gave no case. Each case.json gets "batch": "2026-12-07l" afterwards (the loop at the end).
# Skipped diffs and repositories: tools/skipped-h46w.md.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# rx-angular/rx-angular (MIT); 52c828a57 is the fix's commit on the PR branch of #907 (squash-merged
# into main as the much larger fa9310c14)
R=$M/rx-angular+rx-angular/repo
add $R 3e081001b libs/template/experimental/virtual-scrolling/src/lib/util.ts --repo rx-angular/rx-angular --license MIT \
  --class syntactic --kind listener --receiver 'el' --event scroll --line 28 --shape broken-removal \
  --desc "unpatchedScroll() added an unpatched 'scroll' listener to the element on subscribe, but its teardown looked up removeEventListener on this.elementRef.nativeElement inside a plain module function, where this is undefined, so every unsubscribe threw before removing the listener and the viewport's scroll listeners (and their subscribers) stayed attached; the fix looks up removeEventListener on the element itself"
add $R c15f3fdde libs/template/virtual-view/src/lib/resize-observer.ts --repo rx-angular/rx-angular --license MIT \
  --class syntactic --kind other --receiver 'this.#resizeObserver' --event null --line 33 --shape per-call-on-shared \
  --desc "observeElement() made the service's shared ResizeObserver observe each element, and the stream's finalize only dropped the element's subject from the map, so every element whose subscription ended stayed an observed target (and reachable) until the service itself was destroyed; the fix unobserves the element in finalize"
add $R 52c828a57 libs/cdk/zone-less/src/rxjs/scheduler/async/AsyncAction.ts --repo rx-angular/rx-angular --license MIT \
  --class runtime --kind timer --receiver 'setInterval' --event null --line 79 --shape dead-teardown \
  --desc "the zone-less AsyncAction scheduled its work with setInterval and cleared the interval only in an _unsubscribe() hook, which the RxJS 7 Subscription it extends no longer calls, so unsubscribing a scheduled action left its interval running (and the action in the scheduler's queue); the fix overrides unsubscribe() to clear the interval, dequeue the action and call super.unsubscribe()"

# sindresorhus/emittery (MIT)
E=$M/sindresorhus+emittery/repo
add $E 3641e7a index.js --repo sindresorhus/emittery --license MIT \
  --class runtime --kind other --receiver 'events' --event null --line 31 --shape collection-growth \
  --desc "getListeners() (used by on, off and every emit) created and stored an empty listener Set for any event name it had not seen, and off() never deleted a Set that became empty, so an emitter used with many distinct event names kept one Set per name for its lifetime; the fix creates Sets only when a listener is added and deletes them when they empty (the same for the producer sets)"
add $E e69b67d index.js --repo sindresorhus/emittery --license MIT \
  --class syntactic --kind listener --receiver 'options?.signal' --event abort --line 300 --shape per-call-on-shared \
  --desc "on() (and onAny()) with an AbortSignal added an 'abort' listener to the signal and returned an off function that only removed the emitter listener, so every subscription ended by calling off() left its abort listener (and the emitter and listener it closes over) attached to a possibly long-lived signal; the fix removes the abort listener in off/offAny"

# ReactiveX/IxJS (MIT)
X=$M/ReactiveX+IxJS/repo
add $X d4de33bd src/asynciterable/_sleep.ts --repo ReactiveX/IxJS --license MIT \
  --class syntactic --kind listener --receiver 'signal' --event abort --line 18 --shape per-call-on-shared \
  --desc "sleep() added an 'abort' listener to the caller's AbortSignal for every sleep and removed it only when the signal fired, so sleeps that completed normally left their listeners on the signal, piling up one per delay on a long-running iteration; the fix removes the listener when the timer fires"
add $X 75ef6168 src/asynciterable/merge.ts --repo ReactiveX/IxJS --license MIT \
  --class runtime --kind other --receiver 'nexts' --event null --line 35 --shape promise-race-accumulation \
  --desc "merge() called Promise.race over the pending next() promises on every emitted value, including a module-wide never-settling promise for finished sources and slow sources' long-pending promises, so each race added a reaction to those promises that was never released and memory grew with every item; the fix races through a helper that attaches one reaction per promise for its lifetime and removes each race's entry from every contender once the race settles"

# vuejs/vue-rx (MIT)
add $M/vuejs+vue-rx/repo 63d5fc8 src/mixin.js --repo vuejs/vue-rx --license MIT \
  --class runtime --kind listener --receiver 'obs[key]' --event null --line 44 --shape teardown-not-called \
  --desc "the mixin subscribed to every observable of a component's subscriptions option in created() and unsubscribed only in beforeDestroy, a hook that never runs during server-side rendering, so each server-rendered component left its subscriptions (and the component) alive after the request; the fix also unsubscribes in serverPrefetch"

# re-rxjs/react-rxjs (MIT); da6f4c5 is on the context-state branch (PR #284)
add $M/re-rxjs+react-rxjs/repo da6f4c5 packages/context-state/src/internal/detached-node.ts --repo re-rxjs/react-rxjs --license MIT \
  --class runtime --kind listener --receiver 'observable' --event null --line 223 --shape late-connect \
  --desc "while the node's parents were still loading, the returned observable deferred its inner subscribe to a flush queue; if the subscriber unsubscribed before the queue flushed, the teardown found no subscription and the queued callback subscribed afterwards anyway, leaving a subscription nobody could close; the fix marks the teardown inactive and skips the queued subscribe"

# mobxjs/mobx-vue (MIT)
add $M/mobxjs+mobx-vue/repo ed08a30 src/observer.ts --repo mobxjs/mobx-vue --license MIT \
  --class syntactic --kind disposable --receiver 'reaction' --event null --line 63 --shape shared-module-slot \
  --desc "observer() kept a single disposer variable per component class, and every instance's \$mount created its own MobX Reaction and overwrote that variable, so \$destroy disposed only the most recently mounted instance's reaction and the other instances' reactions stayed subscribed to their observables; the fix stores each instance's disposer on the instance"

# zenparsing/zen-observable (MIT)
add $M/zenparsing+zen-observable/repo bc4218b src/Observable.js --repo zenparsing/zen-observable --license MIT \
  --class syntactic --kind listener --receiver 'next' --event null --line 322 --shape removal-after-null \
  --desc "concat()'s cleanup set the current inner subscription to undefined before calling its unsubscribe(), so unsubscribing a concatenated observable threw a TypeError and never unsubscribed from the inner source; the fix calls unsubscribe() first and then clears the variable"

# mobxjs/mobx-state-tree (MIT)
add $M/mobxjs+mobx-state-tree/repo b8277d74 packages/mobx-state-tree/src/middlewares/create-action-tracking-middleware.ts --repo mobxjs/mobx-state-tree --license MIT \
  --class runtime --kind other --receiver 'runningActions' --event null --line 45 --shape map-entry \
  --desc "the action-tracking middleware stored each tracked root action (its call and hook context) in runningActions under the root call's id, but when an asynchronous flow finished or threw it deleted the entry under the flow event's own id, so every completed flow left its root entry in the middleware's map; the fix deletes by the root id"

# batch tag (add-case.ts does not know batches)
for f in scan-corpus/fixes/cases/rx-angular__rx-angular__3e08100/case.json \
  scan-corpus/fixes/cases/rx-angular__rx-angular__c15f3fd/case.json \
  scan-corpus/fixes/cases/rx-angular__rx-angular__52c828a/case.json \
  scan-corpus/fixes/cases/sindresorhus__emittery__3641e7a/case.json \
  scan-corpus/fixes/cases/sindresorhus__emittery__e69b67d/case.json \
  scan-corpus/fixes/cases/ReactiveX__IxJS__d4de33b/case.json \
  scan-corpus/fixes/cases/ReactiveX__IxJS__75ef616/case.json \
  scan-corpus/fixes/cases/vuejs__vue-rx__63d5fc8/case.json \
  scan-corpus/fixes/cases/re-rxjs__react-rxjs__da6f4c5/case.json \
  scan-corpus/fixes/cases/mobxjs__mobx-vue__ed08a30/case.json \
  scan-corpus/fixes/cases/zenparsing__zen-observable__bc4218b/case.json \
  scan-corpus/fixes/cases/mobxjs__mobx-state-tree__b8277d7/case.json; do
  node -e 'const fs=require("fs");const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,"utf8"));j.batch="2026-12-07l";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")' "$f"
done
