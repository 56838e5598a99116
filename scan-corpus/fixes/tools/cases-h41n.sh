#!/usr/bin/env bash
# Batch 2026-12-07g, list (n): leak fixes from front-end application runtimes (micro-frontend
# loaders, routers, web-component and animation libraries): web-infra-dev/garfish, ice-lab/icestark,
# Tencent/wujie, hybridsjs/hybrids, barbajs/barba, krasimir/navigo and Popmotion/popmotion, added by
# a helper who classified them from the diffs only (no scan was run). micro-zoe/micro-app gave no
# case (its stored snapshot holds 4 commits, no history). Each case.json gets
# "batch": "2026-12-07g" afterwards (the loop at the end).
# Skipped diffs and repositories: tools/skipped-h41n.md.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# web-infra-dev/garfish (MIT; the three fixes are on the fix/memory-leak branch and pull request #581, not merged)
G=$M/web-infra-dev+garfish/repo
add $G 52b1c83d8 packages/browser-vm/src/modules/eventListener.ts --repo web-infra-dev/garfish --license MIT \
  --class runtime --kind listener --receiver 'this' --event null --line 22 --shape identity-mistake \
  --desc "the sandbox's listener module forwards a sub-app's addEventListener calls to the real window or, through a copy bound to document, to the real document, but its recover() removed every recorded listener from window only, so listeners the sub-app put on document stayed attached after the sandbox closed; the fix records each listener's target and options and removes it from that target"
add $G 52b1c83d8 packages/browser-vm/src/modules/network.ts 2 --repo web-infra-dev/garfish --license MIT \
  --class runtime --kind socket --receiver 'this' --event null --line 61 --shape late-connect \
  --desc "the sandbox's WebSocket subclass registers each socket so recover() can close it, but a socket that sub-app code opened after the sandbox had already been closed (and recovered) was registered in a set nobody would flush again and stayed open; the fix closes such a socket right after construction when the sandbox is closed"
add $G 40c063973 packages/browser-vm/src/modules/mutationObserver.ts --repo web-infra-dev/garfish --license MIT \
  --class runtime --kind other --receiver 'observerSet' --event null --line 9 --shape retained-in-collection \
  --desc "the sandbox's MutationObserver subclass put every observer into a per-sandbox set when it was constructed and only emptied that set on recover(), so observers a long-lived sub-app had already disconnected (with their callbacks and targets) were kept alive until the sandbox closed; the fix adds an observer to the set when it starts observing and deletes it on disconnect()"

# ice-lab/icestark (MIT)
I=$M/ice-lab+icestark/repo
add $I dc95ba3 packages/icestark-sandbox/src/index.ts --repo ice-lab/icestark --license MIT \
  --class runtime --kind listener --receiver 'originalWindow' --event null --line 72 --shape lost-record \
  --desc "the proxy sandbox's addEventListener hook attached the sub-app's listener to the real window and pushed it into a fresh array that was never stored in this.eventListeners when the event name was new, so clear() found nothing to remove and the window listeners outlived the sub-app; the fix stores the array on this.eventListeners before pushing"
add $I c71f90d packages/icestark/src/AppRouter.tsx --repo ice-lab/icestark --license MIT \
  --class syntactic --kind listener --receiver 'window' --event icestark:error --line 87 --shape missing-in-teardown \
  --desc "AppRouter added a window 'icestark:error' listener next to its 'icestark:not-found' one in componentDidMount but componentWillUnmount removed only the latter, so an unmounted router (and its triggerError handler) stayed attached to window; the fix removes the error listener on unmount too (an intermediate commit of pull request #661)"

# Tencent/wujie (MIT)
add $M/Tencent+wujie/repo 5fa87a8 packages/wujie-core/src/iframe.ts --repo Tencent/wujie --license MIT \
  --class runtime --kind listener --receiver 'window.__WUJIE_RAW_WINDOW__ || window' --event null --line 127 --shape missing-in-teardown \
  --desc "the iframe sandbox's patched addEventListener forwards a sub-app's window listeners (all but a few iframe-local events) to the host application's window, and destroying the sub-app removed only the iframe, so those host-window listeners and the sub-app closures they hold were never released; the fix records every forwarded listener in a set on the iframe window and destroy() removes them all"

# hybridsjs/hybrids (MIT)
add $M/hybridsjs+hybrids/repo c64f4fd src/template/resolvers/event.js --repo hybridsjs/hybrids --license MIT \
  --class runtime --kind listener --receiver 'target' --event null --line 20 --shape identity-mistake \
  --desc "the template event resolver kept the bound wrapper of each handler in one module-wide WeakMap keyed by the handler alone, so when the same handler was bound on a second element (or host) its wrapper overwrote the first one's and replacing or clearing the first element's handler removed a function that was never attached there, leaving the old listener in place; the fix keeps a wrapper map per target element"

# barbajs/barba (MIT; package.json then named the repository luruke/barba.js)
add $M/barbajs+barba/repo 9ac23e08 src/Dispatcher/Dispatcher.js --repo barbajs/barba --license MIT \
  --class runtime --kind listener --receiver 'this.events[e]' --event null --line 21 --shape broken-removal \
  --desc "the Dispatcher's off() tested a variable named event (which resolves to the browser's global event, not the argument e) before splicing, so it returned early and never removed a handler registered with on(), and views' handlers accumulated on the shared dispatcher; the fix tests the e argument"

# krasimir/navigo (MIT)
add $M/krasimir+navigo/repo e83a4ba4 src/index.js --repo krasimir/navigo --license MIT \
  --class syntactic --kind listener --receiver 'window' --event hashchange --line 343 --shape missing-in-teardown \
  --desc "in hash mode the router added an anonymous window 'hashchange' listener in _listen() while destroy() only reset window.onpopstate, so a destroyed router kept resolving on every hash change; the fix registers one bound _onLocationChange handler for popstate and hashchange and removes both in destroy()"

# Popmotion/popmotion (MIT)
P=$M/Popmotion+popmotion/repo
add $P 9bf584cb src/input/Pointer.js --repo Popmotion/popmotion --license MIT \
  --class syntactic --kind listener --receiver 'document.documentElement' --event null --line 17 --shape identity-mistake \
  --desc "Pointer.start() added a fresh arrow function as the documentElement move listener and stop() tried to remove another fresh arrow, which never matches, so every started pointer input stayed attached to the document; the fix binds latest once in the constructor and adds and removes that same function"
add $P b3f08773 packages/popmotion/src/input/listen/index.ts --repo Popmotion/popmotion --license MIT \
  --class syntactic --kind listener --receiver 'element' --event null --line 6 --shape identity-mistake \
  --desc "listen() added its listeners with the caller's options but stop() removed them without options, so a listener registered for the capture phase (or with an options object in browsers that read it as a capture flag) was never removed; the fix passes the same options to removeEventListener"

# batch tag (add-case.ts does not know batches)
for f in scan-corpus/fixes/cases/web-infra-dev__garfish__52b1c83/case.json \
  scan-corpus/fixes/cases/web-infra-dev__garfish__52b1c83__2/case.json \
  scan-corpus/fixes/cases/web-infra-dev__garfish__40c0639/case.json \
  scan-corpus/fixes/cases/ice-lab__icestark__dc95ba3/case.json \
  scan-corpus/fixes/cases/ice-lab__icestark__c71f90d/case.json \
  scan-corpus/fixes/cases/Tencent__wujie__5fa87a8/case.json \
  scan-corpus/fixes/cases/hybridsjs__hybrids__c64f4fd/case.json \
  scan-corpus/fixes/cases/barbajs__barba__9ac23e0/case.json \
  scan-corpus/fixes/cases/krasimir__navigo__e83a4ba/case.json \
  scan-corpus/fixes/cases/Popmotion__popmotion__9bf584c/case.json \
  scan-corpus/fixes/cases/Popmotion__popmotion__b3f0877/case.json; do
  node -e 'const fs=require("fs");const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,"utf8"));j.batch="2026-12-07g";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")' "$f"
done
