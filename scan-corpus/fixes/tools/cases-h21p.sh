#!/bin/bash
# The add-case.ts commands of every case of batch 2026-12-05f, list (p), built in worktree wt-p: leak fixes
# in Vue single-file components (.vue). Run from the repository root with a bare clone of each repository at
# $MIRROR/<owner>+<name>/repo (what the search tool's `fetch` makes; default /work/.mirror). Classes,
# descriptions, shapes and leak lines were written from reading the diffs and the files around them, before
# any scan of the cases (none was run in this worktree). --line is the 1-based line in the whole BEFORE .vue
# file (template included). Every repository of list (p) is held-out by the sha1 rule of ../README.md.
# Repositories that gave no case, and every diff read and not kept, are in skipped-h21p.md. add-case.ts does
# not know batches: the last step tags the new case folders. No file needed pruning (all under 500 lines).
# The two `types` cases (mavonEditor 69442f1) get no add-imports.ts step: that script does not read the
# imports of a .vue file. Instead each copies, with --extra, the helper module that makes the registration
# (src/lib/core/keydown-listen.js, src/lib/core/extra-function.js) at the parent and at the fix, since the
# scoping half of the fix is in those helpers.
set -e
M=${MIRROR:-/work/.mirror}
add(){ r=$1; shift; sha=$1; shift; p=$1; shift; npx tsx test/scan/eval/add-case.ts "$M/${r/\//+}/repo" "$sha" "$p" "$@" --repo "$r"; }

# hinesboy/mavonEditor (MIT). 69442f1 is on master (and next). It fixes two registration sites of
# mavon-editor.vue's created(): keydownListen (the case) and fullscreenchange (__2).
add hinesboy/mavonEditor 69442f1 src/mavon-editor.vue --class types --kind listener --receiver keydownListen --event keydown --line 202 --shape 3 --extra src/lib/core/keydown-listen.js --desc "mavon-editor's created() called keydownListen(\$vm, markdown), a helper of ./lib/core/keydown-listen.js that adds an anonymous 'keydown' listener closing over the component to document, and the component never removed it, so every destroyed editor stayed attached to document (and kept handling every key press on the page); the fix makes the helper add the listener to \$vm.\$el and moves the call to mounted(), so it dies with the editor's element."
add hinesboy/mavonEditor 69442f1 src/mavon-editor.vue 2 --class types --kind listener --receiver fullscreenchange --event fullscreenchange --line 200 --shape 3 --extra src/lib/core/extra-function.js --desc "mavon-editor's created() called fullscreenchange(this), a helper of ./lib/core/extra-function.js that adds four anonymous listeners (fullscreenchange and its moz/webkit/ms variants) closing over the component to document, and nothing removed them, so every destroyed editor stayed referenced by document; the fix makes the helper add them to \$vm.\$el and moves the call to mounted()."

# euvl/vue-notification (MIT). 2da453d is the head of pull request #247, never merged: master (whose tip is the
# fix's parent) still has the leak. Kept anyway (see skipped-h21p.md).
add euvl/vue-notification 2da453d src/Notifications.vue --class syntactic --kind listener --receiver events --event add --line 167 --shape 3 --desc "Notifications' mounted() registered this.addItem and this.closeItem with \$on on events, a Vue instance exported by ./events and shared by every <notifications> component and the \$notify API, and the component had no teardown, so every destroyed notifications component stayed subscribed to the module-level bus (kept alive and still adding items); the fix adds beforeDestroy() that calls events.\$off() and destroyAll()."

node -e '
const fs = require("fs");
const ids = ["hinesboy__mavonEditor__69442f1", "hinesboy__mavonEditor__69442f1__2",
  "euvl__vue-notification__2da453d"];
for (const id of ids) {
  const f = `scan-corpus/fixes/cases/${id}/case.json`;
  const c = JSON.parse(fs.readFileSync(f, "utf8"));
  c.batch = "2026-12-05f";
  fs.writeFileSync(f, JSON.stringify(c, null, 2) + "\n");
}'
