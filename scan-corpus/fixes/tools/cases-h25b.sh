#!/usr/bin/env bash
# Batch 2026-12-05l, list (b): leak-fix cases from notification, player, widget and server repositories
# (held-out half). Added by a helper from reading the diffs (no scan was run). Mirrors from the `fetch`
# tool under /work/.mirror/<owner>+<name>/repo. After running, set "batch": "2026-12-05l" in each case.json.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# cookpete/react-player
add $M/cookpete+react-player/repo 0f7b684396cef8c43807778f7b855ead9323016f src/Player.js \
  --repo cookpete/react-player --license MIT --class syntactic --kind timer \
  --receiver 'this.durationCheckTimeout' --event null --line 181 --shape missing-in-teardown \
  --desc 'the self-rescheduling duration-check setTimeout kept polling the player after unmount; the fix clears it in componentWillUnmount'
add $M/cookpete+react-player/repo d5f1a42e6228f4ac18054f406756728bc0c5d1b9 src/players/FilePlayer.js \
  --repo cookpete/react-player --license MIT --class syntactic --kind disposable \
  --receiver 'this.hls' --event null --line 127 --shape field-overwritten \
  --desc 'load() replaced this.hls (and this.dash) with a new hls.js/dash.js instance without destroying the previous one; the fix destroys/resets the old instances first'
add $M/cookpete+react-player/repo f89f3402ee787dd22483ed32ffa481c17cb41156 src/players/Vidyard.js \
  --repo cookpete/react-player --license MIT --class syntactic --kind disposable \
  --receiver 'this.player' --event null --line 24 --shape field-overwritten \
  --desc 'load() rendered a new Vidyard player and overwrote this.player without destroying the previous one; the fix calls stop() (destroyPlayer) first and drops the reference'

# mediaelement/mediaelement
add $M/mediaelement+mediaelement/repo fd7dd9e8abc561ea50df3d257731648d0a66c251 src/js/player.js \
  --repo mediaelement/mediaelement --license MIT --class syntactic --kind listener \
  --receiver 'doc' --event keydown --line 1774 --shape identity-mistake \
  --keep 1-24,261-261,1485-1800,1867-2036 --keep-after 1-24,261-261,1485-1800,1867-2034 \
  --desc 'remove() unbound the global keydown listener by passing a freshly created arrow function, so the document keydown handler bound in buildkeyboard was never removed; the fix unbinds t.globalKeydownCallback itself'
add $M/mediaelement+mediaelement/repo a46180db2a06a87aefad0daa41857280a79f30ff src/js/player.js \
  --repo mediaelement/mediaelement --license MIT --class syntactic --kind listener \
  --receiver 'window' --event resize --line 1505 --shape wrong-event \
  --keep 1-24,261-261,693-1035,1485-1800,1867-2034 \
  --desc 'globalUnbind removed window listeners using the document event list (events.d) instead of events.w, so the window resize listener bound by the player stayed after remove(); the fix splits events.w'
add $M/mediaelement+mediaelement/repo b74cbd23b16f74067804c5e7f6185548c782973b src/js/renderers/flv.js \
  --repo mediaelement/mediaelement --license MIT --class runtime --kind listener \
  --receiver 'node' --event null --line 159 --shape per-call-on-shared \
  --desc 'each setSrc recreated the flv.js player, whose window ready callback added another set of anonymous media-event listeners to the same video node; the fix uses a named handler and removes it before recreating the player'

# jquery/jquery-ui
add $M/jquery+jquery-ui/repo 9cbd4b42221389277cf90a6662f17c500d1a77df ui/jquery.ui.tooltip.js \
  --repo jquery/jquery-ui --license MIT --class syntactic --kind timer \
  --receiver 'delayedShow' --event null --line 273 --shape missing-in-teardown \
  --desc 'the delayed-show tracking setInterval only stopped once the tooltip became visible, so closing first left it polling forever; the fix stores it on the instance and clears it in close()'
add $M/jquery+jquery-ui/repo 9a4c0571577e20795c19796594747f0f8beb476a ui/widgets/tooltip.js \
  --repo jquery/jquery-ui --license MIT --class syntactic --kind timer \
  --receiver 'this.delayedShow' --event null --line 329 --shape missing-in-teardown \
  --desc 'a tooltip removed (e.g. on destroy) before its delayed show kept its tracking setInterval running; the fix clears this.delayedShow in _removeTooltip'
add $M/jquery+jquery-ui/repo b397294d42e783aacd4cc3a52bbe3aacc0f3f725 ui/widget.js \
  --repo jquery/jquery-ui --license MIT --class runtime --kind other \
  --receiver 'this.bindings' --event null --line 410 --shape retention \
  --desc '_off() unbound the handlers but left the elements in the bindings/focusable/hoverable collections that _on() had added them to, retaining removed elements; the fix drops them from the collections'
add $M/jquery+jquery-ui/repo 849c6fd5376e12c6093c557bd4836ef0b145f145 ui/accordion.js \
  --repo jquery/jquery-ui --license MIT --class types --kind listener \
  --receiver 'this.headers' --event keydown --line 394 --shape field-overwritten \
  --desc 'refresh() replaced this.headers/panels with a fresh query without _off()-ing the previous elements, so their widget handlers and binding records kept removed headers alive; the fix unbinds the old headers and panels that are no longer present'
add $M/jquery+jquery-ui/repo 2e8e52dec1eaa06ed170a0ed9769c7b97129c955 ui/tabs.js \
  --repo jquery/jquery-ui --license MIT --class types --kind listener \
  --receiver 'this.anchors' --event null --line 513 --shape field-overwritten \
  --desc 'refresh() re-queried this.tabs/anchors/panels without _off()-ing the previous ones, so removed tabs stayed bound and tracked by the widget; the fix unbinds the old tabs, anchors and panels'
add $M/jquery+jquery-ui/repo ec1f393c39aa5bbac1158acf692271f8ce9518ce ui/dialog.js \
  --repo jquery/jquery-ui --license MIT --class runtime --kind other \
  --receiver 'this._trackingInstances()' --event null --line 606 --shape retention \
  --desc 'a focused dialog is pushed onto an instance list stored on the document; destroy() without close() left it there, keeping the destroyed dialog alive; the fix untracks the instance in _destroy'

# nhn/tui.grid
add $M/nhn+tui.grid/repo eaa4ec53b34bc0d3dd2f26cdfcb5efc60eff9540 src/js/model/selection.js \
  --repo nhn/tui.grid --license MIT --class syntactic --kind listener \
  --receiver '$(document)' --event mouseup --line 65 --shape missing-in-teardown \
  --desc 'the selection model bound a $.proxy mouseup handler on document in initialize and never unbound it, so every destroyed grid stayed reachable from document; the fix keeps the handler and unbinds it in _destroy'
add $M/nhn+tui.grid/repo 7fc07af3f6680cb9e593ea9e875ab677c89c36fd packages/toast-ui.grid/src/view/bodyCell.tsx \
  --repo nhn/tui.grid --license MIT --class types --kind disposable \
  --receiver 'this.renderer' --event null --line 44 --shape teardown-not-called \
  --desc 'each body cell created a (possibly custom) cell renderer on mount but never called its beforeDestroy hook on unmount, so renderer resources outlived the cell; the fix calls renderer.beforeDestroy in componentWillUnmount'
add $M/nhn+tui.grid/repo 6b168e8fff1587657a20b2711c843d18199f2ddc src/editor/datePicker.ts \
  --repo nhn/tui.grid --license MIT --class types --kind disposable \
  --receiver 'this.datePickerEl' --event null --line 72 --shape discarded-disposable \
  --desc 'the date-picker cell editor created a tui-date-picker instance per edit and never destroyed it; the fix adds beforeDestroy() that destroys the picker'

# supabase/supabase-js
add $M/supabase+supabase-js/repo 9e8c57302c631ab5947a964180d05664bd052ba6 packages/core/functions-js/src/FunctionsClient.ts \
  --repo supabase/supabase-js --license MIT --class syntactic --kind listener \
  --receiver 'signal' --event abort --line 275 --shape per-call-on-shared \
  --desc 'invoke() with a timeout added an anonymous abort listener to the caller-supplied AbortSignal on every call and never removed it, piling up on a reused signal; the fix keeps the handler and removes it in finally'
add $M/supabase+supabase-js/repo 0855dec84aa452a6490a62d479d60f40b326f497 packages/core/realtime-js/src/RealtimeClient.ts \
  --repo supabase/supabase-js --license MIT --class syntactic --kind disposable \
  --receiver 'this.workerRef' --event null --line 577 --shape field-overwritten \
  --desc 'every connection open started a new heartbeat Web Worker and overwrote this.workerRef without terminating the previous one, so reconnects piled up running workers; the fix only starts a worker when none exists'
add $M/supabase+supabase-js/repo a6adb313f025170ff9bf981cbd5398110f3f3e98 packages/core/realtime-js/src/RealtimeClient.ts \
  --repo supabase/supabase-js --license MIT --class syntactic --kind disposable \
  --receiver 'this.workerRef' --event null --line 720 --shape missing-in-teardown \
  --desc 'disconnect() cleared timers but left the heartbeat Web Worker running (its onmessage keeping the client alive); the fix terminates the worker and drops the reference on disconnect'

# Step 4 for the types cases (run after the helper's commit, when the batch was merged):
# npx tsx test/scan/eval/add-imports.ts $M/jquery+jquery-ui/repo jquery__jquery-ui__2e8e52d --depth 2 --max-lines 6000
# npx tsx test/scan/eval/add-imports.ts $M/jquery+jquery-ui/repo jquery__jquery-ui__849c6fd --depth 2 --max-lines 6000
# npx tsx test/scan/eval/add-imports.ts $M/nhn+tui.grid/repo nhn__tui.grid__6b168e8 --depth 2 --max-lines 6000
# npx tsx test/scan/eval/add-imports.ts $M/nhn+tui.grid/repo nhn__tui.grid__7fc07af --depth 2 --max-lines 6000
# The two mediaelement player.js cases were re-added with --keep ranges cut at method boundaries
# (the first ranges cut a comment and an object literal, and neither parser read the files).
