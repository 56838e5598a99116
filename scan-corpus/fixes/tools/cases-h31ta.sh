#!/usr/bin/env bash
# Batch 2026-12-06l, list (a): held-out repositories substack/dnode, chjj/blessed, chjj/term.js,
# kelektiv/node-cron, foreversd/forever, mscdex/ssh2-streams, nodemailer/nodemailer-smtp-pool.
# Added by a helper from the diffs alone (no scan was run). All seven were fetched; no case was
# kept from kelektiv/node-cron, foreversd/forever, mscdex/ssh2-streams and
# nodemailer/nodemailer-smtp-pool (their leak-looking diffs were refactors or features).
# Diffs read and not kept: tools/skipped-h31ta.md. Then "batch": "2026-12-06l" is set in each
# new case.json.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# substack/dnode (MIT, from LICENSE)
add $M/substack+dnode/repo 5af9e80 lib/web/dnode.js --repo substack/dnode --license MIT \
  --class syntactic --kind timer --receiver setTimeout --event null --line 58 --shape timer-outlives-owner \
  --desc 'browser client ping loop (self-rearming setTimeout) started on every connect is never stopped; the fix keeps its handle and clears it on end'
add $M/substack+dnode/repo d96b44f examples/chat/chat.js --repo substack/dnode --license MIT \
  --class syntactic --kind listener --receiver emitter --event joined --line 38 --shape per-call-on-shared \
  --desc 'chat server adds each client callbacks to a module-level emitter on ready and never removes them; the fix removes them on the connection end'
add $M/substack+dnode/repo c686f66 index.js --repo substack/dnode --license MIT \
  --class runtime --kind other --receiver self.proto --event null --line 22 --shape retention \
  --desc 'callbacks passed to the remote side stay in the protocol callback table forever; the fix wraps them in weak refs and culls the id when collected'

# chjj/blessed (MIT: package.json "license" at the later fixes, LICENSE file at all of them)
add $M/chjj+blessed/repo c488c08 lib/widgets/screen.js --repo chjj/blessed --license MIT \
  --class syntactic --kind listener --receiver process --event exit --line 203 --shape per-call-on-shared \
  --keep 1-218,2170-2174 --keep-after 1-240,352-366,2209-2213 \
  --desc 'every Screen constructor adds uncaughtException, signal and exit listeners to process that hold the screen; the fix binds them once for all screens and drops a screen from the list on destroy'
add $M/chjj+blessed/repo 29c9d15 lib/widgets/terminal.js --repo chjj/blessed --license MIT \
  --class syntactic --kind listener --receiver this.screen.program.input --event data --line 130 --shape identity-mistake \
  --desc 'terminal element removes its input data listener from the program instead of program.input where it was added, so it stays on stdin after destroy; the fix names the right emitter and also clears the blink interval'
add $M/chjj+blessed/repo 0290d7f lib/program.js --repo chjj/blessed --license MIT \
  --class syntactic --kind listener --receiver this --event response --line 1386 --shape per-call-on-shared \
  --keep 1-112,1369-1395,3759-3788 --keep-after 1-112,1369-1402,3766-3795 \
  --desc 'each terminal query adds a once listener for its response on the program that is never removed when the terminal does not answer; the fix removes it after a timeout'
add $M/chjj+blessed/repo 7936469 lib/widgets/ansiimage.js --repo chjj/blessed --license MIT \
  --class types --kind timer --receiver this.img --event null --line 124 --shape missing-teardown \
  --desc 'an animated image keeps playing (the image decoder frame timer re-renders the screen) after the element is destroyed; the fix stops it on destroy'
add $M/chjj+blessed/repo debbc86 lib/program.js --repo chjj/blessed --license MIT \
  --class syntactic --kind listener --receiver this.input --event keypress --line 338 --shape missing-teardown \
  --keep 1-159,309-455,4174-4203 --keep-after 1-159,309-478,4197-4226 \
  --desc 'keypress and data listeners on the input stream (and the exit listener) stay after the last program is destroyed, keeping stdin polled; the fix removes them and pauses input on destroy'

# chjj/term.js (MIT, package.json)
add $M/chjj+term.js/repo 40a58f6 src/term.js --repo chjj/term.js --license MIT \
  --class syntactic --kind timer --receiver setInterval --event null --line 1367 --shape missing-teardown \
  --keep 1-272,1153-1169,1345-1375,5851-5869 --keep-after 1-272,1153-1173,1349-1379,5855-5873 \
  --desc 'the cursor blink interval started on open keeps running and holds the terminal after destroy(); the fix clears it in destroy and does not restart it afterwards'
