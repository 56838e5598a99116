#!/bin/bash
# The add-case.ts command of every case of batch 2026-12-05m (list (b)) built in worktree wt-mb
# (branch batch-mb) by a helper. Run from the repository root with a bare clone of each
# repository at $MIRROR/<owner>+<name>/repo (what the search tool's `fetch` makes; default
# /work/.mirror). Classes, descriptions and leak lines were written from reading the diffs and the
# code around them; no scan was run. The candidates read and skipped are in skipped-h25mb.md.
# add-case.ts does not know batches: the last step tags the new case folders.
set -e
M=${MIRROR:-/work/.mirror}
add(){ r=$1; shift; sha=$1; shift; p=$1; shift; npx tsx test/scan/eval/add-case.ts "$M/${r/\//+}/repo" "$sha" "$p" "$@" --repo "$r"; }
# held-out
add snapappointments/bootstrap-select 7917fbd3 js/bootstrap-select.js --license MIT --class syntactic --kind listener --receiver "\$('body')" --event touchstart.dropdown --line 558 --shape 3 --desc "clickListener(), run by every Selectpicker's init(), added a delegated touchstart handler to document.body (its closure shares the scope holding that = the picker) and destroy() never removed it, so each created and destroyed picker left one more handler on body keeping it alive; the fix binds the handler on the picker's own \$newElement, which destroy() removes."
add snapappointments/bootstrap-select ed51e69e js/bootstrap-select.js --license MIT --class syntactic --kind listener --receiver "\$(window)" --event resize --line 1863 --shape 3 --keep 1-3,408-522,585-684,1809-1872,2688-2801 --keep-after 1-3,408-524,587-688,1822-1889,2705-2820 --desc "selectPosition() (used with the container option) added an un-namespaced resize/scroll handler closing over the picker to window, and destroy() only removed the picker's own element listeners, so each destroyed picker stayed referenced by window and kept repositioning its removed menu; the fix namespaces the window handlers per instance and destroy() removes them with \$(window).off(EVENT_KEY + '.' + selectId)."
# tag the batch
for d in snapappointments__bootstrap-select__7917fbd snapappointments__bootstrap-select__ed51e69; do
  node -e 'const f=process.argv[1], fs=require("fs"); const c=JSON.parse(fs.readFileSync(f,"utf8")); c.batch="2026-12-05m"; fs.writeFileSync(f, JSON.stringify(c,null,2)+"\n");' "scan-corpus/fixes/cases/$d/case.json"
done
