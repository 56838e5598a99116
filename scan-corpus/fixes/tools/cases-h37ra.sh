#!/usr/bin/env bash
# Batch 2026-12-06r, list (a): leak fixes from gilbarbara/react-joyride, casesandberg/react-color,
# moroshko/react-autosuggest, react-bootstrap/react-overlays, reactjs/react-tabs,
# PaulLeCam/react-leaflet and fullcalendar/fullcalendar-react, added by a helper who classified
# them from the diffs only (no scan was run). moroshko/react-autosuggest and reactjs/react-tabs
# gave no case (no leak fix in their histories); PaulLeCam/react-leaflet gave none (its MIT-era
# fixes are in Flow-typed files, its later ones are under Hippocratic-2.1). Each case.json gets
# "batch": "2026-12-06r" afterwards (the loop at the end).
# Skipped diffs and repositories: tools/skipped-h37ra.md.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# gilbarbara/react-joyride (MIT)
J=$M/gilbarbara+react-joyride/repo
add $J 41b8e45 lib/scripts/Component.js --repo gilbarbara/react-joyride --license MIT \
  --class syntactic --kind listener --receiver 'window' --event resize --line 96 --shape shared-module-slot \
  --desc "the component kept its window 'resize' (and body 'keydown') handlers in a module-level listeners object shared by every Joyride instance, so a second instance overwrote the first one's handler references and the first instance's window listener could never be removed on unmount; the fix keeps the listeners object per instance (created in componentWillMount)"
add $J a4639cb src/scripts/Joyride.jsx --repo gilbarbara/react-joyride --license MIT \
  --class syntactic --kind listener --receiver 'window' --event resize --line 146 --shape shared-module-slot \
  --desc "the rewritten Joyride again stored its window 'resize', body 'keydown' and standalone-tooltip handlers in a module-level listeners object, so with several Joyride instances each mount overwrote the previous instance's handler references and componentWillUnmount removed only the last ones, leaving the others' window/body listeners (and their unmounted components) attached; the fix moves the listeners object onto the instance"
add $J b4dddad src/components/Step.js --repo gilbarbara/react-joyride --license MIT \
  --class types --kind listener --receiver 'window' --event keydown --line 176 --shape missing-in-teardown \
  --desc "Step calls setScope(this.tooltip) (scope.js adds a window 'keydown' listener and keeps the tooltip element in a module variable) when the tooltip shows, and removeScope() only on a lifecycle change back to INIT, so a tour ending or unmounting while a tooltip was shown left the window listener and the tooltip element behind; the fix calls removeScope() in componentWillUnmount"
add $J 24fe5e9 src/components/Overlay.js --repo gilbarbara/react-joyride --license MIT \
  --class syntactic --kind timer --receiver 'this.resizeTimeout' --event null --line 165 --shape missing-in-teardown \
  --desc "handleResize() armed this.resizeTimeout (a 100 ms setTimeout that calls forceUpdate) but componentWillUnmount cleared only scrollTimeout, so a resize just before the overlay unmounted left a pending timer that updated the unmounted component; the fix clears resizeTimeout in componentWillUnmount and guards the state updates with an _isMounted flag"
add $J 94f56b1 src/hooks/useLifecycleEffect.ts --repo gilbarbara/react-joyride --license MIT \
  --class syntactic --kind timer --receiver 'pollingRef.current' --event null --line 125 --shape missing-in-teardown \
  --desc "the lifecycle effect polls for a step's target with a setInterval kept in pollingRef (plus an untracked loader setTimeout) and returned no cleanup, so unmounting the tour while waiting for a target left the interval running (until the step's targetWaitTimeout) and updating the store of an unmounted tour; the fix returns clearPolling() as the effect's cleanup and tracks and clears the loader timeout too"

# casesandberg/react-color (MIT)
add $M/casesandberg+react-color/repo 90c4ee3 src/components/common/Saturation.js --repo casesandberg/react-color --license MIT \
  --class types --kind timer --receiver 'this.throttle' --event null --line 10 --shape missing-in-teardown \
  --desc "Saturation wraps its onChange calls in a lodash throttle (50 ms) whose pending trailing call keeps a timer that still calls onChange with the picked colour after the component unmounted; the fix cancels the throttle in componentWillUnmount"

# react-bootstrap/react-overlays (MIT)
add $M/react-bootstrap+react-overlays/repo f633476 src/Modal.js --repo react-bootstrap/react-overlays --license MIT \
  --class runtime --kind listener --receiver 'doc' --event keyup --line 291 --shape guard-skips-teardown \
  --desc "onShow() adds a document 'keyup' listener and a focus listener and registers the modal with the modal manager, and onHide() undoes them; when show was already false but the exit transition still running, onHide is left to the transition's onExited, and componentWillUnmount only called onHide() if show was true, so a modal unmounted during its exit transition kept its document listeners and its manager entry (container styles); the fix also hides when the transition has not exited"

# fullcalendar/fullcalendar-react (MIT)
F=$M/fullcalendar+fullcalendar-react/repo
add $F 1868ced src/FullCalendar.tsx --repo fullcalendar/fullcalendar-react --license MIT \
  --class syntactic --kind disposable --receiver 'this.calendar' --event null --line 10 --shape missing-in-teardown \
  --desc "the wrapper created a Calendar in componentDidMount (and destroyed and recreated it on every prop change) but had no componentWillUnmount, only a comment wondering about unmount, so an unmounted wrapper never destroyed its calendar (its window listeners and DOM handlers stayed); the fix adds componentWillUnmount, which destroys it, and resets the options on prop changes instead of recreating the calendar"
add $F 27f2eef src/index.tsx --repo fullcalendar/fullcalendar-react --license MIT \
  --class runtime --kind timer --receiver 'requestAnimationFrame' --event null --line 121 --shape timer-outlives-owner \
  --desc "custom-rendering updates from the calendar's store were debounced through a module helper that scheduled a requestAnimationFrame kept in its own closure, so an update arriving just before or during unmount (calendar.destroy() tears the custom renderings down) left a frame pending that calls setState on the unmounted component, and nothing could cancel it; the fix keeps the frame id on the component and cancels it in componentWillUnmount"

# types cases: the modules their files import
npx tsx test/scan/eval/add-imports.ts "$J" gilbarbara__react-joyride__b4dddad --depth 2 --max-lines 6000
npx tsx test/scan/eval/add-imports.ts "$M/casesandberg+react-color/repo" casesandberg__react-color__90c4ee3 --depth 2 --max-lines 6000

# batch tag (add-case.ts does not know batches)
for f in scan-corpus/fixes/cases/gilbarbara__react-joyride__41b8e45/case.json \
  scan-corpus/fixes/cases/gilbarbara__react-joyride__a4639cb/case.json \
  scan-corpus/fixes/cases/gilbarbara__react-joyride__b4dddad/case.json \
  scan-corpus/fixes/cases/gilbarbara__react-joyride__24fe5e9/case.json \
  scan-corpus/fixes/cases/gilbarbara__react-joyride__94f56b1/case.json \
  scan-corpus/fixes/cases/casesandberg__react-color__90c4ee3/case.json \
  scan-corpus/fixes/cases/react-bootstrap__react-overlays__f633476/case.json \
  scan-corpus/fixes/cases/fullcalendar__fullcalendar-react__1868ced/case.json \
  scan-corpus/fixes/cases/fullcalendar__fullcalendar-react__27f2eef/case.json; do
  node -e 'const fs=require("fs");const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,"utf8"));j.batch="2026-12-06r";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")' "$f"
done
