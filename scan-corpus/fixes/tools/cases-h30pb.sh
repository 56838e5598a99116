#!/usr/bin/env bash
# Batch 2026-12-06h, list (b): leak fixes from held-out repositories (alibaba-fusion/next,
# ant-design/ant-design-mobile, youzan/zent, zarm-design/zarm, reach/reach-ui,
# salesforce/design-system-react, clauderic/dnd-kit, STRML/react-grid-layout), added by a
# helper who classified each case from its diff and did not run the scanner.
# Mirrors come from the search tool's `fetch` (/work/.mirror/<owner>+<name>/repo).
set -e
cd "$(dirname "$0")/../../.."
add() { npx tsx test/scan/eval/add-case.ts "$@"; }
M=/work/.mirror

# ant-design/ant-design-mobile
add $M/ant-design+ant-design-mobile/repo 127d981ca6b9caeffdb476709f9897a7e17af30e components/input-item/index.web.tsx \
  --repo ant-design/ant-design-mobile --license MIT --class syntactic --kind timer --receiver 'setTimeout' --event null --line 99 \
  --shape one-shot-timeout --desc 'InputItem onInputBlur starts a 500 ms setTimeout that calls this.setState, never stored or cleared, so it fires after unmount; the fix stores it in this.debounceTimeout and clears it in componentWillUnmount'
# youzan/zent
add $M/youzan+zent/repo ad8ef009367cd587a2d2b5c87259ce17f90015ef packages/zent/src/utils/component/animatedClosable.js \
  --repo youzan/zent --license MIT --class syntactic --kind timer --receiver 'this.timeoutNum' --event null --line 75 \
  --shape one-shot-timeout --desc 'animatedClosable close() stores a setTimeout in this.timeoutNum that calls setState and the close callback, but the wrapper had no componentWillUnmount, so the timer outlived an unmounted component; the fix clears it on unmount'
add $M/youzan+zent/repo 8a6d8c72138a65f8ccb9de56ab05a8cadbcec0fc packages/zent/src/design/Design.js \
  --repo youzan/zent --license MIT --class syntactic --kind listener --receiver 'window' --event beforeunload --line 618 \
  --shape on-instead-of-off --desc 'Design uninstallBeforeUnloadHook called window.addEventListener instead of removeEventListener for beforeunload, so the handler bound to the component stayed on window after unmount; the fix makes it removeEventListener'
add $M/youzan+zent/repo 5a2ee4a57ab905a74294134123fc5f87fa6097a9 packages/zent-table/src/modules/Head.js \
  --repo youzan/zent --license MIT --class syntactic --kind listener --receiver 'window' --event scroll --line 23 \
  --shape missing-in-teardown --desc 'Table Head with autoStick added throttled window scroll and resize listeners in componentDidMount and never removed them (no componentWillUnmount, anonymous throttle wrappers); the fix stores the wrapper and removes both listeners on unmount'
# reach/reach-ui
add $M/reach+reach-ui/repo 8b7f134bd7d092bf3b1c4d127cd81d2c79596269 packages/window-size/src/index.js \
  --repo reach/reach-ui --license MIT --class syntactic --kind listener --receiver 'window' --event resize --line 12 \
  --shape on-instead-of-off --desc 'WindowSize didMount adds a window resize listener that calls setState, and the removeEvent ref called at unmount did window.addEventListener again instead of removeEventListener, so the listener (and the component) stayed on window; the fix removes it'
# salesforce/design-system-react
add $M/salesforce+design-system-react/repo cb24216fd1a527bc1142f8efdba0aaace46b8c5a components/toast/index.jsx \
  --repo salesforce/design-system-react --license BSD-3-Clause --class syntactic --kind timer --receiver 'this.timeout' --event null --line 113 \
  --shape one-shot-timeout --desc 'Toast componentDidMount starts a duration setTimeout (this.timeout) that calls onClose/onRequestClose, cleared only in onClose and not in componentWillUnmount, so it fired for an unmounted toast; the fix clears it on unmount'
# clauderic/dnd-kit
add $M/clauderic+dnd-kit/repo 70e5a9c13d843f826cdf454f9eed1e6b5e44f4e9 packages/core/src/hooks/utilities/useAutoScroller.ts \
  --repo clauderic/dnd-kit --license MIT --class types --kind timer --receiver 'setAutoScrollInterval' --event null --line 147 \
  --shape missing-cleanup-in-effect --extra packages/utilities/src/hooks/useInterval.ts \
  --desc 'useAutoScroller starts an auto-scroll setInterval through useInterval() (another package) from an effect and clears it only when the effect re-runs, never on unmount, so the interval kept scrolling after the hook owner unmounted; the fix adds an effect whose cleanup clears it'
npx tsx test/scan/eval/add-imports.ts $M/clauderic+dnd-kit/repo clauderic__dnd-kit__70e5a9c --depth 2 --max-lines 6000
add $M/clauderic+dnd-kit/repo 2439aaea86fad793f0da75e2319e174a27142658 packages/core/src/hooks/utilities/useResizeObserver.ts \
  --repo clauderic/dnd-kit --license MIT --class syntactic --kind disposable --receiver 'resizeObserver' --event null --line 24 \
  --shape missing-cleanup-in-effect --desc 'useResizeObserver creates a ResizeObserver in useMemo and never disconnects it, so it keeps observing and calling onResize after unmount or when a new one replaces it; the fix disconnects it in an effect cleanup'
add $M/clauderic+dnd-kit/repo 88d5ef9776dd3b7469380bc05d1cbec72335ca31 packages/dom/src/utilities/event-listeners/Listeners.ts \
  --repo clauderic/dnd-kit --license MIT --class runtime --kind listener --receiver 'this.entries' --event null --line 27 \
  --shape retention --desc 'Listeners.bind adds every [target, descriptor] entry to the long-lived this.entries Set; the returned cleanup removes the DOM listeners but not the entries, so targets and listener closures piled up in the Set until clear(); the fix deletes each entry in cleanup'
