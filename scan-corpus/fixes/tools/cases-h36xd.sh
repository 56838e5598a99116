#!/usr/bin/env bash
# Batch 2026-12-06q, list (d): leak fixes from sindresorhus/p-retry, sindresorhus/p-event,
# sindresorhus/electron-store, sindresorhus/electron-context-menu, megahertz/electron-log,
# mobxjs/mobx-react, vuejs/pinia and redux-saga/redux-saga, added by a helper who classified them
# from the diffs only (no scan was run). Every repository gave at least one case.
# Each case.json gets "batch": "2026-12-06q" afterwards (the loop at the end). Skipped diffs:
# tools/skipped-h36xd.md.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# sindresorhus/p-retry (MIT)
add $M/sindresorhus+p-retry/repo 95a3a4a index.js --repo sindresorhus/p-retry --license MIT \
  --class syntactic --kind listener --receiver 'options.signal' --event abort --line 86 --shape per-call-on-shared \
  --desc "every pRetry() call with a signal added an anonymous once-only 'abort' listener to the caller's (possibly shared, long-lived) AbortSignal and never removed it when the operation succeeded or failed for good, so a signal that never aborts collected one listener (holding the operation and its promise) per call; the fix names the handler and removes it in a cleanUp() run on every settle path"

add $M/sindresorhus+p-retry/repo 81608ce index.js --repo sindresorhus/p-retry --license MIT \
  --class syntactic --kind listener --receiver 'options.signal' --event abort --line 126 --shape per-call-on-shared \
  --desc "the back-off delay between attempts added an anonymous once-only 'abort' listener (which clears the delay timer) to the caller's AbortSignal for every retry and never removed it when the timer fired normally, so a long-lived signal gathered one listener per retry of every call; the fix names the handler and removes it when the delay resolves (and on abort)"

# sindresorhus/p-event (MIT)
add $M/sindresorhus+p-event/repo da59143 index.js --repo sindresorhus/p-event --license MIT \
  --class syntactic --kind listener --receiver 'emitter' --event null --line 58 --shape missing-removal \
  --desc "pEvent() added the resolve listener for the awaited event and reject listeners for the rejection events to the emitter and removed them only from inside those handlers, so when the timeout option made pTimeout reject first the listeners stayed on the emitter for ever (one set per timed-out call); the fix calls cancel() when the promise rejects with a TimeoutError"

# sindresorhus/electron-store (MIT)
add $M/sindresorhus+electron-store/repo cbe1449 index.js --repo sindresorhus/electron-store --license MIT \
  --class syntactic --kind listener --receiver 'ipcMain' --event electron-store-get-data --line 17 --shape per-call-on-shared \
  --desc "initDataListener() ran on every ElectronStore construction in the main process and each time added another 'electron-store-get-data' handler to the global ipcMain, never removed (MaxListenersExceededWarning with many stores); the fix subscribes only once behind a module-level isInitialized flag"

# sindresorhus/electron-context-menu (MIT)
add $M/sindresorhus+electron-context-menu/repo 3eb9126 index.js --repo sindresorhus/electron-context-menu --license MIT \
  --class syntactic --kind listener --receiver 'webContents(win)' --event context-menu --line 350 --shape missing-in-teardown \
  --desc "each window's 'context-menu' listener was removed only by a disposable run on the window's 'destroyed' event, which was never added to the disposables list, so the dispose() returned by contextMenu() left the handler on every live window's webContents; the fix pushes the per-window disposable onto disposables"

add $M/sindresorhus+electron-context-menu/repo 75f1e19 index.js --repo sindresorhus/electron-context-menu --license MIT \
  --class syntactic --kind listener --receiver 'win' --event dom-ready --line 277 --shape identity-mistake \
  --desc "(PR #93 branch) for a webview not yet loaded, the 'dom-ready' listener was added as an inline arrow and the disposer passed a second, new arrow to removeEventListener, which removes nothing, so dispose() left the listener (and the menu it creates) on the webview; the fix keeps one onDomReady function for both calls"

# megahertz/electron-log (MIT)
add $M/megahertz+electron-log/repo 31e58d7 src/transports/file/index.js --repo megahertz/electron-log --license MIT \
  --class syntactic --kind listener --receiver 'registry' --event error --line 19 --shape per-call-on-shared \
  --desc "fileTransportFactory() added an 'error' listener to the file registry on every call, and the default registry is a module-level FileRegistry shared by all transports, so every new logger instance added another never-removed listener; the fix adds it only when the registry has no 'error' listener yet"

# mobxjs/mobx-react (MIT)
add $M/mobxjs+mobx-react/repo fd8229c src/observer.js --repo mobxjs/mobx-react --license MIT \
  --class runtime --kind disposable --receiver 'reaction' --event null --line 76 --shape missing-cleanup-on-error \
  --desc "the observer component's render Reaction was disposed only in componentWillUnmount, so when the forceUpdate it triggers threw (the component then never unmounts) the reaction kept tracking its observables and holding the component; the fix disposes the reaction when forceUpdate throws"

add $M/mobxjs+mobx-react/repo 61ae046 src/observer.js --repo mobxjs/mobx-react --license MIT \
  --class runtime --kind disposable --receiver 'reaction' --event null --line 181 --shape missing-cleanup-on-error \
  --desc "when an observer class component's render threw, the exception was reported and rethrown but the component's render Reaction was left alive (React does not unmount a component whose render failed), so it kept its observables' subscriptions and the component; the fix disposes the reaction before rethrowing"

add $M/mobxjs+mobx-react/repo 0aa94b9 src/observerClass.js --repo mobxjs/mobx-react --license MIT \
  --class runtime --kind disposable --receiver 'reaction' --event null --line 68 --shape identity-mistake \
  --desc "(PR #798 branch; master only added a warning) the render Reaction was stored on the reactive render function and componentWillUnmount disposed this.render[\$mobx], so when user code had replaced this.render (e.g. wrapping it for logging) the lookup found nothing and the reaction was never disposed; the fix stores the reaction on the component instance"

# vuejs/pinia (MIT)
add $M/vuejs+pinia/repo 10e1c306 src/store.ts --repo vuejs/pinia --license MIT \
  --class runtime --kind listener --receiver 'subscriptions' --event null --line 121 --shape missing-teardown \
  --desc "store.\$subscribe() called inside a component's setup pushed the callback onto the long-lived store's subscriptions list and only removed it through the returned function, so an unmounted component's callback (and the component it closes over) stayed subscribed to the store; the fix registers the removal with onUnmounted when there is a current instance"

# redux-saga/redux-saga (MIT)
add $M/redux-saga+redux-saga/repo 3fb3bf6a packages/core/src/internal/proc.js --repo redux-saga/redux-saga --license MIT \
  --class runtime --kind listener --receiver 'env.stdChannel' --event null --line 654 --shape missing-teardown \
  --desc "an actionChannel effect registered a taker on the saga middleware's long-lived stdChannel (re-registered after every action) and closing the returned channel did not cancel it, so each closed action channel stayed subscribed and kept buffering actions for ever; the fix wraps chan.close to call taker.cancel() first"

add $M/redux-saga+redux-saga/repo 295e3403 src/internal/channel.js --repo redux-saga/redux-saga --license MIT \
  --class syntactic --kind disposable --receiver 'unsubscribe' --event null --line 127 --shape missing-in-teardown \
  --desc "an eventChannel closed itself on END from its source with chan.close() alone and never called the unsubscribe function returned by subscribe (only the public close() did), so the external source kept its listener after the channel ended; the fix routes END through the close() that also unsubscribes"

# batch tag (add-case.ts does not know batches)
for f in scan-corpus/fixes/cases/sindresorhus__p-retry__95a3a4a/case.json \
  scan-corpus/fixes/cases/sindresorhus__p-retry__81608ce/case.json \
  scan-corpus/fixes/cases/sindresorhus__p-event__da59143/case.json \
  scan-corpus/fixes/cases/sindresorhus__electron-store__cbe1449/case.json \
  scan-corpus/fixes/cases/sindresorhus__electron-context-menu__3eb9126/case.json \
  scan-corpus/fixes/cases/sindresorhus__electron-context-menu__75f1e19/case.json \
  scan-corpus/fixes/cases/megahertz__electron-log__31e58d7/case.json \
  scan-corpus/fixes/cases/mobxjs__mobx-react__fd8229c/case.json \
  scan-corpus/fixes/cases/mobxjs__mobx-react__61ae046/case.json \
  scan-corpus/fixes/cases/mobxjs__mobx-react__0aa94b9/case.json \
  scan-corpus/fixes/cases/vuejs__pinia__10e1c30/case.json \
  scan-corpus/fixes/cases/redux-saga__redux-saga__3fb3bf6/case.json \
  scan-corpus/fixes/cases/redux-saga__redux-saga__295e340/case.json; do
  node -e 'const fs=require("fs");const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,"utf8"));j.batch="2026-12-06q";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")' "$f"
done
