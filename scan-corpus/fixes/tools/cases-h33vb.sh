#!/usr/bin/env bash
# Batch 2026-12-06n, list (b): cases added by a helper session (h33vb) from public repositories'
# histories (held-out half). Classified from the diffs only; the scanner was not run.
# Mirrors come from the search tool's `fetch` (/work/.mirror/<owner>+<name>/repo).
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# microsoft/botbuilder-js (MIT)
add $M/microsoft+botbuilder-js/repo e86092432fad9498977dd84c2b75ea683409a80b libraries/botframework-streaming-extensions-protocol-namedpipe/src/NamedPipeServer.ts --repo microsoft/botbuilder-js --license MIT \
  --class syntactic --kind socket --receiver 'this._incomingServer' --event null --line 56 --shape field-overwritten \
  --desc 'startAsync (re-run by auto-reconnect on every disconnect) assigned new net Servers to this._incomingServer/_outgoingServer without closing the previous ones; the fix calls disconnect() first'

# reduxjs/react-redux (MIT)
add $M/reduxjs+react-redux/repo cd75a22764d0fcf8be3d8fc74da1fb3063c11ae9 src/components/connectAdvanced.js --repo reduxjs/react-redux --license MIT \
  --class syntactic --kind listener --receiver 'this.store' --event null --line 115 --shape subscribe-in-will-mount \
  --desc 'connected components subscribed to the store in componentWillMount, which also runs in server rendering where componentWillUnmount never runs, so every server render left a store subscription; the fix subscribes in componentDidMount'
add $M/reduxjs+react-redux/repo c7f0efd097642b913bf7ca6486ff0028156bcbf3 src/utils/Subscription.js --repo reduxjs/react-redux --license MIT \
  --class syntactic --kind listener --receiver 'this.nextListeners' --event null --line 25 --shape broken-removal \
  --desc 'the unsubscribe returned by addNestedSub was a plain function using this (unbound), so nested listeners were never spliced out of the parent subscription and tryUnsubscribe did not clear them; the fix keeps listeners in a closure with a working unsubscribe and clears them on tryUnsubscribe'
add $M/reduxjs+react-redux/repo fa5a7fdb276b4c91975c79aaf21f7b5613024f95 src/components/connectAdvanced.js --repo reduxjs/react-redux --license MIT \
  --class runtime --kind other --receiver 'subscription' --event null --line 365 --shape closure-retention \
  --desc 'the store-subscription effect created its unsubscribe cleanup inside the component render scope, so the cleanup kept by React retained the first render context (its child props and store data) for the component lifetime; the fix moves the subscribe/unsubscribe into a module-level function'

# cyclejs/cyclejs (MIT)
add $M/cyclejs+cyclejs/repo 5b5ce9bd6c59bb4c374923734a74f9c6c237aa0a history/src/captureClicks.ts --repo cyclejs/cyclejs --license MIT \
  --class syntactic --kind listener --receiver 'document' --event CLICK_EVENT --line 86 --shape listener-never-removed \
  --desc 'captureAnchorClicks added a document click listener per history driver and never removed it when the sink was disposed; the fix returns a remover and calls it from the internal stream stop()'
add $M/cyclejs+cyclejs/repo 05935db8ed1d1f2c5ea1c71a9a31989982e80ba0 history/src/makeHistoryDriver.js --repo cyclejs/cyclejs --license MIT \
  --class syntactic --kind listener --receiver 'history' --event null --line 78 --shape discarded-disposable \
  --desc 'the history driver called history.listen and dropped the returned unlisten, so the location listener outlived the disposed source; the fix keeps unlisten and calls it from history$.dispose'
add $M/cyclejs+cyclejs/repo 71dc4dfee553e94aebbf28a0f7b7561b5130997b time/src/debounce.ts --repo cyclejs/cyclejs --license MIT \
  --class syntactic --kind listener --receiver 'xs.fromObservable(stream)' --event null --line 55 --shape listener-never-removed \
  --desc 'the debounce operator added its listener to the input stream in start() and had an empty stop(), so the listener stayed on the source after unsubscription; the fix removes it in stop() and cancels the scheduled entry on complete/error'
add $M/cyclejs+cyclejs/repo cc6bcc3fa408ea21a2b87afeb1f00228c42dcb27 rx-run/src/custom-element-widget.js --repo cyclejs/cyclejs --license MIT \
  --class syntactic --kind disposable --receiver 'metadata.rootElem$' --event null --line 43 --shape discarded-disposable \
  --desc 'custom element widgets subscribed to rootElem$ (and kept event-dispatching subscriptions) and dropped the subscriptions, with no destroy hook; the fix collects them in a CompositeDisposable disposed in a new destroy()'

# usablica/intro.js (MIT up to v2.1; the fix is from 2013, README licence MIT)
add $M/usablica+intro.js/repo 7e90b7c3f7b58d1a90104aafd7fb3bece838c124 intro.js --repo usablica/intro.js --license MIT \
  --class syntactic --kind listener --receiver 'window' --event keydown --line 67 --shape identity-mistake \
  --desc 'the intro installed its key handler as window.onkeydown but _exitIntro cleared targetElement.onkeydown, so the handler (holding the intro instance) stayed on window after exit; the fix clears window.onkeydown'

# share/sharedb-mongo (MIT); index.js has 1673 lines: pruned to the header and constructor, the cursor/query functions and the operation maps
add $M/share+sharedb-mongo/repo 06b5c786ef68be7944fc5185efc81e264ed8bc01 index.js --repo share/sharedb-mongo --license MIT \
  --keep 1-81,740-875,1473-1596 --keep-after 1-81,740-875,1473-1599 \
  --class runtime --kind disposable --receiver 'cursor' --event null --line 1511 --shape not-closed \
  --desc 'the $count/$explain/$map cursor operations never closed the cursor, so with mongodb@4-6 the implicit client session of each count/explain piled up; the fix closes the cursor once the result arrives'
