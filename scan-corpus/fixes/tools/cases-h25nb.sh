#!/usr/bin/env bash
# Batch 2026-12-05n, list (b): leak-fix cases from JedWatson/react-select, ReactTooltip/react-tooltip,
# pmndrs/react-spring, primefaces/primereact and nextui-org/nextui (all held-out).
# Added by a helper from the repositories' histories (fetched as bare clones under /work/.mirror),
# classified from the diffs and code, without running the scanner.
# After running, each new case.json gets "batch": "2026-12-05n".
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# JedWatson/react-select (MIT)
add $M/JedWatson+react-select/repo 5001083b93f922b8b6e5e42011a79138617b4c1b src/Select.js --repo JedWatson/react-select --license MIT \
  --class syntactic --kind listener --receiver document --event touchstart --line 175 --shape no-teardown \
  --desc 'componentDidMount adds a document touchstart listener bound to the component and no componentWillUnmount removes it; the fix adds it only while the menu is open and removes it on close and unmount'
add $M/JedWatson+react-select/repo 171781db6b9a285c25db8568d9673897bc9ccc72 src/Select.js --repo JedWatson/react-select --license MIT \
  --class syntactic --kind timer --receiver this._focusTimeout --event null --line 189 --shape field-overwritten \
  --desc 'componentDidUpdate overwrites this._focusTimeout with a new setTimeout without clearing the previous one, so unmount cannot cancel the older timer; the fix clears it first'
add $M/JedWatson+react-select/repo b6f620b17c963834a3aee2d509dbdbd3fa578464 src/animated/transitions.js --repo JedWatson/react-select --license MIT \
  --class syntactic --kind timer --receiver window --event null --line 82 --shape no-teardown \
  --desc 'Collapse requests an animation frame that calls setState and never cancels it, so it fires after unmount; the fix keeps the id and cancels it in componentWillUnmount'

# ReactTooltip/react-tooltip (MIT)
R=$M/ReactTooltip+react-tooltip/repo
add $R f200b085a6d89c47843c3238f28a08620cfdc9fe src/index.js --repo ReactTooltip/react-tooltip --license MIT \
  --class syntactic --kind listener --receiver window --event __react_tooltip_hide_event --line 91 --shape identity-mistake \
  --desc 'componentDidMount adds ::this.globalHide (and two more ::this bound handlers) to window, a new function each time, so the removals by this.globalHide never match and the listeners pile up and keep unmounted tooltips; the fix binds once in the constructor'
add $R 76ef6b1283ce8ddc02fb93c5c9ee04494f6d9b31 src/decorators/windowListener.js --repo ReactTooltip/react-tooltip --license MIT \
  --class syntactic --kind listener --receiver window --event null --line 10 --shape identity-mistake \
  --desc 'bindWindowEvents adds ::this.hideTooltip, ::this.globalRebuild and ::this.onWindowResize to window while unbindWindowEvents removes the unbound methods, so nothing is removed and every bind adds another copy; the fix passes the pre-bound methods'
add $R 68fd5b576149cfcd74f974ef34c725784bd27165 src/decorators/customEvent.js --repo ReactTooltip/react-tooltip --license MIT \
  --class syntactic --kind listener --receiver ele --event null --line 53 --shape field-overwritten \
  --desc 'custom-event listeners are bound per element and kept in one module-level variable that each bind overwrites, so the remove calls name the last listener only and earlier ones stay on their elements; the fix keeps one listener per element and event in a WeakMap'
add $R 7cc12039a1646cc19b063f80382c661a6d7ef2ec src/index.js --repo ReactTooltip/react-tooltip --license MIT \
  --class syntactic --kind listener --receiver window --event scroll --line 604 --shape identity-mistake \
  --desc 'the window scroll listener is added with the capture flag of the target but removed without it, so in capture mode it is never removed and keeps the tooltip after hide and unmount; the fix passes the same capture flag to the removal'
add $R 8a99a0e7e4d7d47e633c44a12e6c517c44eb6e0c src/index.js --repo ReactTooltip/react-tooltip --license MIT \
  --class syntactic --kind listener --receiver target --event mouseenter --line 169 --shape identity-mistake \
  --desc 'anchor mouseenter/mousemove/mouseleave listeners are added with the capture flag but unbindBasicListener removes them without it, so capture-mode listeners stay on the anchors after unmount; the fix removes with the same flag'
add $R 77f4c2bb21480e982cee6522bafe53d14a41ba00 src/index.js --repo ReactTooltip/react-tooltip --license MIT \
  --class syntactic --kind timer --receiver setTimeout --event null --line 315 --shape no-teardown \
  --desc 'hideTooltip starts a delayHide setTimeout whose id is not kept, so it cannot be cleared and runs setState after unmount; the fix stores it and clears it on the next hide and in componentWillUnmount'
add $R 80473b902f61e85b1f27f818e4310cf09efc0465 src/index.js --repo ReactTooltip/react-tooltip --license MIT \
  --class syntactic --kind timer --receiver this.delayShowLoop --event null --line 284 --shape no-teardown \
  --desc 'the delayShow timer kept in this.delayShowLoop is not cleared in componentWillUnmount and fires on the unmounted tooltip; the fix clears it there'
add $R 4c63fa56460a356ecc0750d65a3c7bac492d239b src/components/Tooltip/Tooltip.tsx --repo ReactTooltip/react-tooltip --license MIT \
  --class syntactic --kind timer --receiver missedTransitionTimerRef.current --event null --line 157 --shape no-teardown \
  --desc 'the missed-transition fallback timer stored in missedTransitionTimerRef is cleared only when show changes again, never on unmount, so it runs setState after the tooltip is gone; the fix clears it in the effect cleanups (with the delay timers and debounced handlers)'

# pmndrs/react-spring (MIT)
add $M/pmndrs+react-spring/repo e6676658f51070945ebaed1712764d30c89d821e packages/core/src/useTransition.tsx --repo pmndrs/react-spring --license MIT \
  --class syntactic --kind timer --receiver setTimeout --event null --line 148 --shape no-teardown \
  --desc 'a leaving transition schedules an expiration setTimeout(forceUpdate) kept in t.expirationId, but the unmount cleanup only destroys the springs, so the timer fires on the unmounted hook; the fix clears it on dismount (and fixes the inverted clear for reused items)'

# primefaces/primereact (MIT)
P=$M/primefaces+primereact/repo
add $P 60800f08bc7711f0bd81bf33987fa2be5ec76a80 src/components/messages/UIMessage.js --repo primefaces/primereact --license MIT \
  --class syntactic --kind timer --receiver this.timeout --event null --line 28 --shape no-teardown \
  --desc 'a non-sticky message starts a life-time setTimeout kept in this.timeout that is cleared on close but not on unmount, so it fires for the removed message; the fix clears it in componentWillUnmount'
add $P 96cc7f8495a57f18b6ae7fcd5983551f4e349d5d src/components/growl/GrowlMessage.js --repo primefaces/primereact --license MIT \
  --class syntactic --kind timer --receiver this.timeout --event null --line 28 --shape no-teardown \
  --desc 'a growl message starts a life-time setTimeout kept in this.timeout and no componentWillUnmount clears it, so it fires after the message is gone; the fix adds the clear on unmount'
add $P eeb1b437842f7a361e73a0aae727f87b60d7d60b src/components/autocomplete/AutoComplete.js --repo primefaces/primereact --license MIT \
  --class syntactic --kind timer --receiver this.timeout --event null --line 145 --shape no-teardown \
  --desc 'the search-delay setTimeout kept in this.timeout is not cleared in componentWillUnmount and runs the search on an unmounted AutoComplete; the fix clears it there'
add $P 6a4927460fa427ea1457fb41cb7908d96004b75f src/components/datatable/BodyCell.js --repo primefaces/primereact --license MIT \
  --class syntactic --kind listener --receiver document --event click --line 63 --shape no-teardown \
  --desc 'an editing cell adds a document click listener that is removed only when editing ends, so a cell unmounted while editing (route change) leaves it on document; the fix unbinds it in componentWillUnmount'
add $P 8b555f9960ccd545403a2c44793ff67097de7902 src/components/calendar/Calendar.js --repo primefaces/primereact --license MIT \
  --keep 1-840,2026-2026 --keep-after 1-843,2029-2029 \
  --class syntactic --kind listener --receiver document --event click --line 744 --shape no-teardown \
  --desc 'the overlay adds a document click listener and a window resize listener that are removed only when the overlay hides, and componentWillUnmount does not remove them, so an unmounted open Calendar stays referenced; the fix unbinds both on unmount'

# nextui-org/nextui (MIT)
add $M/nextui-org+nextui/repo fa26ce02fd84b25fc29925c93462d15de542b847 packages/hooks/use-scroll-position/src/index.ts --repo nextui-org/nextui --license MIT \
  --class syntactic --kind timer --receiver setTimeout --event null --line 63 --shape no-teardown \
  --desc 'the scroll handler starts a throttle setTimeout(handler) but the effect cleanup only removes the scroll listener, so a pending timer runs the callback after unmount; the fix keeps the timer in a ref and clears it in the cleanup'

# Removed when the batch was merged: ReactTooltip/react-tooltip 76ef6b1, 80473b9 and f200b08, whose
# files use the Babel function-bind proposal (`::this.x`), which neither parser the scanner uses reads.
