#!/bin/bash
# The add-case.ts / add-imports.ts commands of every case of batch 2026-12-05b built in worktree wt-f1 from
# list (s) of the ninth batch (see ../README.md, "Decision criteria for the ninth fresh batch").
# Run from the repository root with a bare clone of each repository at $MIRROR/<owner>+<name>/repo
# (what the search tool's `fetch` makes; default /work/.mirror). Classes, descriptions and leak lines
# were written from reading the diffs and the files around them, before any scan of the cases (none was
# run in this worktree). Every repository of list (s) is held-out by the sha1 rule of ../README.md.
# Repositories that gave no case, and every diff read and not kept, are in skipped-h17s.md. add-case.ts
# does not know batches: the last step tags the new case folders.
set -e
M=${MIRROR:-/work/.mirror}
add(){ r=$1; shift; sha=$1; shift; p=$1; shift; npx tsx test/scan/eval/add-case.ts "$M/${r/\//+}/repo" "$sha" "$p" "$@" --repo "$r"; }
imports(){ r=$1; shift; npx tsx test/scan/eval/add-imports.ts "$M/${r/\//+}/repo" "$@" --depth 2 --max-lines 6000; }

# web3/web3.js: no case (LGPL-3.0, not an allowed licence; see skipped-h17s.md)

# tus/tus-js-client: no case (see skipped-h17s.md)

# transloadit/uppy
add transloadit/uppy 260803758 packages/@uppy/components/src/uppyEventAdapter.ts --class syntactic --kind listener --receiver uppy --event file-removed --line 52 --shape 3 --desc "createUppyEventAdapter() subscribed nine handlers on the uppy instance and the cleanup() it returns (called when a framework component using it unmounts) unsubscribed eight of them, never 'file-removed', so each unmount left onFileRemoved, holding the unmounted component's status callback, on the long-lived uppy; the fix adds uppy.off('file-removed', onFileRemoved) to cleanup()."
add transloadit/uppy 9c9c76d7f packages/@uppy/dashboard/src/Dashboard.tsx --class syntactic --kind listener --receiver document --event focus --line 998 --shape identity-mistake --desc "Dashboard.install() added recordIfFocusedOnUppyRecently for 'focus' and 'click' on document with capture true, and uninstall() removed them without the capture flag, which matches no registration, so every uninstalled dashboard left two document listeners holding the plugin (and its uppy) alive; the fix passes true to removeEventListener."
add transloadit/uppy 6e17e263f packages/@uppy/transloadit/src/index.js --class syntactic --kind listener --receiver this.uppy --event file-removed --line 261 --shape identity-mistake --desc "For every created assembly, #createAssembly added a 'file-removed' handler on the uppy instance and tried to remove it with this.uppy.off(fileRemovedHandler), which passes the handler as the event name and removes nothing, and an assembly that completed never removed it at all, so each upload left a handler holding its assembly on uppy (which could later cancel a finished assembly); the fix calls off('file-removed', fileRemovedHandler) and also removes it once the assembly has completed."
add transloadit/uppy 3bbddf8ed packages/@uppy/core/src/index.js --keep 1-243,1106-1295,1395-1419,1722-1729 --keep-after 1-240,1103-1294,1394-1423,1726-1733 --class syntactic --kind listener --receiver window --event online --line 1259 --shape 3 --desc "Uppy's #addListeners(), run by the constructor, added anonymous arrow functions for 'online' and 'offline' on window, and close() never removed them (it could not: no reference was kept), so every closed Uppy instance stayed reachable from window with its state and plugins; the fix registers a bound private field and removes both listeners in close()."
add transloadit/uppy 0bb0b87ed packages/@uppy/dashboard/src/index.js --class syntactic --kind listener --receiver window --event resize --line 445 --shape identity-mistake --desc "Dashboard.initEvents() added this.throttledUpdateDashboardElWidth (a throttled wrapper made in the constructor) as the window 'resize' listener, and removeEvents() removed this.updateDashboardElWidth, a different function that was never registered, so every uninstalled Dashboard stayed on window through the throttled wrapper; the fix removes the throttled function."
add transloadit/uppy 682f6ace4 packages/@uppy/aws-s3/src/S3Uploader.ts --class types --kind listener --receiver 'this.#eventManager' --event retry-all --line 173 --shape 1 --desc "S3Uploader subscribed per-file handlers (file-removed, cancel-all, pause, retry, retry-all, ...) on the uppy instance through its EventManager and released them with #eventManager.remove() on success and abort but not in #onError, so every failed upload left an uploader whose handlers stayed on uppy and restarted it on the next retry-all (each retry adding another); the fix calls #eventManager.remove() in #onError."
imports transloadit/uppy transloadit__uppy__682f6ac

# node-opcua/node-opcua
add node-opcua/node-opcua 5df2228fe packages/node-opcua-client/source/private/client_base_impl.ts --class types --kind timer --receiver installPeriodicClockAdjustmement --event null --line 632 --shape 1 --desc "ClientBaseImpl.connect() called installPeriodicClockAdjustmement() (a reference-counted module-level setInterval in node-opcua-date-time) and registered the client, and only disconnect() released both, so every connect() whose secure channel creation failed (server down, rejected certificate; callers typically retry) left one more reference keeping the interval running and the client in the registry; the fix uninstalls the clock adjustment and unregisters the client on the failure path."
imports node-opcua/node-opcua node-opcua__node-opcua__5df2228
add node-opcua/node-opcua 3eead1c12 packages/node-opcua-server-configuration/source/server/promote_trust_list.ts --class types --kind listener --receiver trustList.addressSpace --event null --line 186 --shape per-call-on-shared --desc "_initializeLastUpdateTimeFromFilesystem() registered a new abortHandler closure with trustList.addressSpace.registerShutdownTask() on every run (the cached promise is cleared in finally, so each later call runs again), and the address space has no way to unregister a shutdown task, so its task list grew by one closure per call for the server's lifetime; the fix drops the registration."
imports node-opcua/node-opcua node-opcua__node-opcua__3eead1c

# ioBroker/ioBroker.js-controller
add ioBroker/ioBroker.js-controller a3cbe8b8d packages/controller/main.js --keep 1-106,349-910,5232-5335 --keep-after 1-106,349-922,5244-5347 --class syntactic --kind timer --receiver primaryHostInterval --event null --line 511 --shape field-overwritten --desc "The states DB client's connected() callback, which runs on every (re)connection, started a new setInterval(checkPrimaryHost) and stored it in the module variable primaryHostInterval without clearing the one already running, so each reconnect stacked another interval and stop() cleared only the last; the fix moves the start into the objects connected() callback and starts the interval only when none is set."

# rsocket/rsocket-js (90e7058, 8d0a26b, 7d926b9 were extracted and dropped: Flow-typed .js, see skipped-h17s.md)
add rsocket/rsocket-js 9955ce4 packages/rsocket-graphql-apollo-link/src/SubscriptionLink.ts --class syntactic --kind disposable --receiver this.client --event null --line 44 --shape discarded-disposable --desc "SubscriptionClient.request() opened a requestStream on the RSocket for each GraphQL subscription, discarded the returned stream handle and returned an unsubscribe function that did nothing, so every unsubscribed GraphQL subscription kept its stream open on the connection, still delivering to the dropped observer; the fix keeps the handle and cancels it in the returned function."

node -e '
const fs = require("fs");
const ids = ["transloadit__uppy__2608037", "transloadit__uppy__9c9c76d", "transloadit__uppy__6e17e26", "transloadit__uppy__3bbddf8",
  "transloadit__uppy__0bb0b87", "transloadit__uppy__682f6ac", "node-opcua__node-opcua__5df2228", "node-opcua__node-opcua__3eead1c",
  "ioBroker__ioBroker.js-controller__a3cbe8b", "rsocket__rsocket-js__9955ce4"];
for (const id of ids) {
  const f = `scan-corpus/fixes/cases/${id}/case.json`;
  const c = JSON.parse(fs.readFileSync(f, "utf8"));
  c.batch = "2026-12-05b";
  fs.writeFileSync(f, JSON.stringify(c, null, 2) + "\n");
}'
