#!/usr/bin/env bash
# Batch 2026-12-07m, list (y): leak fixes from content-management and back-office back ends
# (apostrophecms/apostrophe, vendure-ecommerce/vendure, paed01/bpmn-engine,
# camunda/camunda-8-js-sdk, keystonejs/keystone-classic), added by a helper who classified them
# from the diffs only (no scan was run). apostrophecms/apostrophe-workflow, paed01/bpmn-elements,
# tellform/tellform, pencilblue/pencilblue and temporalio/sdk-typescript gave no case.
# Each case.json gets "batch": "2026-12-07m" afterwards (the loop at the end).
# Skipped diffs and repositories: tools/skipped-h47y.md.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# apostrophecms/apostrophe (MIT; the apostrophe-astro package of the monorepo is MIT in its own
# package.json, the root has no licence field at that commit)
A=$M/apostrophecms+apostrophe/repo
add $A 940e8be0f lib/modules/apostrophe-jobs/lib/api.js --repo apostrophecms/apostrophe --license MIT \
  --class syntactic --kind timer --receiver 'context.interval' --event null --line 378 --shape missing-in-teardown \
  --desc "start() put a 250 ms setInterval polling the job's stop/cancel state on the job context, and end() only marked the job ended; the only clearInterval sat in checkStop() after an early return for ended jobs, so every finished cancellable job kept its interval polling the database for the life of the process; the fix clears the interval in end()"
add $A e79269038 modules/@apostrophecms/ui/ui/apos/lib/click-outside-element.js --repo apostrophecms/apostrophe --license MIT \
  --class syntactic --kind listener --receiver 'document.body' --event click --line 11 --shape identity-mistake \
  --desc "the click-outside directive added a document.body 'click' listener built by a handler factory and tried to remove it with a freshly built handler, which never matched, so every element using the directive left its listener (and the element) attached to the body; the fix stores the handler on the element and removes that same function"
add $A b504653c9 packages/apostrophe-astro/lib/aposResponse.js --repo apostrophecms/apostrophe --license MIT \
  --class runtime --kind socket --receiver 'res.body' --event null --line 62 --shape discarded-disposable \
  --desc "the Astro proxy issued an undici request to the Apostrophe backend and, for 204/304 answers and for redirects that the caller turns into its own response, never read or discarded the response body, so the pooled connection stayed held until the body was garbage-collected; the fix dumps the body for those statuses so the socket goes back to the pool"

# vendure-ecommerce/vendure (MIT at these commits)
V=$M/vendure-ecommerce+vendure/repo
add $V e9e3c18fa packages/core/src/job-queue/polling-job-queue-strategy.ts --repo vendure-ecommerce/vendure \
  --class runtime --kind timer --receiver 'cancellationSignal$' --event null --line 46 --shape missing-in-teardown \
  --desc "each running job was raced against an rxjs interval that polled the job store for a cancellation, and stop() only waited for active jobs and deferred them, so a job still running after its queue stopped kept the interval polling the database until the job finished or was cancelled; the fix adds a queue-stopped signal to the race so stopping ends the interval subscription"
add $V 70ae518b7 packages/core/src/connection/transaction-subscriber.ts --repo vendure-ecommerce/vendure \
  --class runtime --kind listener --receiver 'merge(...signals)' --event null --line 68 --shape per-call-on-shared \
  --desc "awaitCommit() subscribed (filter + take(1)) to the long-lived commit subject for one query runner, and when that transaction rolled back instead no matching commit ever came, so the subscription and its promise stayed on the shared subject for good; the fix feeds commits and rollbacks through one subject so either ends the subscription (a rollback rejects it)"
add $V 1bad22acf packages/admin-ui/src/lib/catalog/src/components/collection-list/collection-list.component.ts --repo vendure-ecommerce/vendure \
  --class runtime --kind listener --receiver 'this.queryResult' --event null --line 38 --shape missing-in-teardown \
  --desc "the collection list made its query refetch on channel changes, which watches the user-status query until the result's completed\$ subject fires, and shared the items stream with shareReplay(1), but never fired completed\$, so every visit to the list left the watch and the query subscription alive after the component was destroyed; the fix fires completed\$ in a new ngOnDestroy"

# paed01/bpmn-engine (MIT at a973797; BSD-3-Clause in package.json at 25c84ab)
B=$M/paed01+bpmn-engine/repo
add $B a973797 index.js --repo paed01/bpmn-engine \
  --class syntactic --kind listener --receiver 'engine' --event null --line 241 --shape identity-mistake \
  --desc "waitFor(eventName) added a once listener for the awaited event and another for 'error'; the error handler called removeListener(eventName, onError), naming itself instead of the awaited-event handler, so every waitFor that ended in an error left its resolver attached to the engine; the fix removes the awaited-event handler"
add $B 25c84ab lib/gateways/parallelGateway.js --repo paed01/bpmn-engine \
  --class syntactic --kind listener --receiver 'flow' --event discarded --line 68 --shape per-call-on-shared \
  --desc "a joining parallel gateway put a once 'taken' and a once 'discarded' listener on each pending inbound sequence flow every time it started a join, and since a flow emits only one of the two, the other listener stayed on the long-lived flow and piled up with each run; the fix listens only for 'discarded' and removes those listeners when the gateway completes"

# camunda/camunda-8-js-sdk (Apache-2.0; the OAuth package carries its own Apache-2.0 LICENSE, the
# root package.json said ISC at cf424fb0)
C=$M/camunda+camunda-8-js-sdk/repo
add $C 405595a2 src/zeebe/lib/ZBWorkerBase.ts --repo camunda/camunda-8-js-sdk \
  --class syntactic --kind timer --receiver 'setTimeout' --event null --line 575 --shape timer-outlives-owner \
  --desc "after a backpressure or auth error on the job stream the worker scheduled a backoff setTimeout (up to the maximum backoff) without keeping its handle, and close() cleared only the poll interval, so a closed worker stayed referenced by the pending timer, which kept the process alive and later ran the stream clean-up and reset the poll lock on the closed worker; the fix stores the timer and clears it in close()"
add $C cf424fb0 packages/camunda-saas-oauth-nodejs/src/lib/OAuthProviderImpl.ts --repo camunda/camunda-8-js-sdk --license Apache-2.0 \
  --class syntactic --kind timer --receiver 'this.expiryTimer' --event null --line 203 --shape field-overwritten \
  --desc "each token fetched or read from the file cache started an expiry setTimeout stored in the single expiryTimer field, overwriting the previous handle, so close() could clear only the last one and the timers of other audiences kept the process alive until the tokens expired; the fix drops the timers and checks expiry when a cached token is read"

# keystonejs/keystone-classic (MIT)
add $M/keystonejs+keystone-classic/repo da8fe4eb9 admin/client/App/screens/Item/components/FooterBar.js --repo keystonejs/keystone-classic \
  --class syntactic --kind listener --receiver 'window' --event scroll --line 32 --shape missing-in-teardown \
  --desc "the admin item screen's footer bar added window 'scroll' and 'resize' listeners in componentDidMount and had no componentWillUnmount, so every item view opened left both listeners (and the unmounted component) on the window; the fix removes them on unmount"

# batch tag (add-case.ts does not know batches)
for f in scan-corpus/fixes/cases/apostrophecms__apostrophe__940e8be/case.json \
  scan-corpus/fixes/cases/apostrophecms__apostrophe__e792690/case.json \
  scan-corpus/fixes/cases/apostrophecms__apostrophe__b504653/case.json \
  scan-corpus/fixes/cases/vendure-ecommerce__vendure__e9e3c18/case.json \
  scan-corpus/fixes/cases/vendure-ecommerce__vendure__70ae518/case.json \
  scan-corpus/fixes/cases/vendure-ecommerce__vendure__1bad22a/case.json \
  scan-corpus/fixes/cases/paed01__bpmn-engine__a973797/case.json \
  scan-corpus/fixes/cases/paed01__bpmn-engine__25c84ab/case.json \
  scan-corpus/fixes/cases/camunda__camunda-8-js-sdk__405595a/case.json \
  scan-corpus/fixes/cases/camunda__camunda-8-js-sdk__cf424fb/case.json \
  scan-corpus/fixes/cases/keystonejs__keystone-classic__da8fe4e/case.json; do
  node -e 'const fs=require("fs");const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,"utf8"));j.batch="2026-12-07m";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")' "$f"
done
