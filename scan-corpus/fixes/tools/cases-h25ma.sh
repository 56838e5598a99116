#!/usr/bin/env bash
# Batch 2026-12-05m, list (a): leak-fix cases from sachinchoolur/lightGallery, DataTables/DataTables,
# fancyapps/fancybox, jackmoore/colorbox, Eonasdan/bootstrap-datetimepicker,
# uxsolutions/bootstrap-datepicker (held-out half). Added by a helper from reading the diffs (no scan
# was run). Mirrors from the `fetch` tool under /work/.mirror/<owner>+<name>/repo. After running, set
# "batch": "2026-12-05m" in each case.json.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# sachinchoolur/lightGallery (Apache-2.0 at the fix; GPLv3 from 2016-09-21 on, so later fixes are not used)
add $M/sachinchoolur+lightGallery/repo 1524c0c1 src/js/lg-hash.js --repo sachinchoolur/lightGallery --license Apache-2.0 --class syntactic --kind listener --receiver '$(window)' --event hashchange --line 33 --shape missing-in-teardown --desc 'The hash module, constructed on every gallery open, bound an un-namespaced hashchange handler on window that the gallery destroy (which only unbinds .lg events) never removed, so handlers piled up per open; the fix namespaces it as hashchange.lg.hash so destroy removes it.'

# DataTables/DataTables (dual GPL-2.0 / BSD-3-Clause at these 2011 fixes, used under BSD-3-Clause; the
# 1.10+ fixes on master touch only the built media/js/jquery.dataTables.js synced from DataTablesSrc)
add $M/DataTables+DataTables/repo d5b106a2 media/js/jquery.dataTables.js --repo DataTables/DataTables --license BSD-3-Clause --class syntactic --kind listener --receiver '$(nNode)' --event click --line 4478 --shape missing-in-teardown --keep 1-43,833-846,2125-2223,4467-4585,6857-6858 --keep-after 1-43,833-846,2125-2226,4470-4588,6860-6861 --desc 'fnDestroy never unbound the sort click handlers bound on the header cells (which it moves back into the restored table), so each re-initialisation piled another handler holding the old settings onto the same th; the fix namespaces all bound events as .DT and unbinds them from the wrapper subtree at the start of fnDestroy.'
add $M/DataTables+DataTables/repo 41bf4e28 media/js/jquery.dataTables.js --repo DataTables/DataTables --license BSD-3-Clause --class runtime --kind listener --receiver '$(nNode)' --event click --line 4675 --shape teardown-order --keep 1-42,842-855,2125-2247,4664-4782,7327-7328 --desc 'fnDestroy unbound .DT events from the wrapper subtree before restoring hidden columns, so the sort click handlers of hidden (detached) header cells were never removed and survived destroy; the fix unbinds after the hidden columns are put back.'

# jackmoore/colorbox (MIT)
add $M/jackmoore+colorbox/repo 59c29ad jquery.colorbox.js --repo jackmoore/colorbox --license MIT --class syntactic --kind listener --receiver '$(document)' --event keydown --line 519 --shape missing-in-teardown --desc 'publicMethod.remove() unbound the delegated document click handler but not the document keydown handler; since appendHTML resets init, every remove/re-create cycle added another keydown handler to document; the fix unbinds keydown.cbox too.'

# uxsolutions/bootstrap-datepicker (Apache-2.0)
add $M/uxsolutions+bootstrap-datepicker/repo 33d6b15 js/bootstrap-datepicker.js --repo uxsolutions/bootstrap-datepicker --license Apache-2.0 --class syntactic --kind listener --receiver el --event null --line 125 --shape missing-in-teardown --desc 'remove() only removed the picker markup and never called _detachEvents, so the focus/blur/keyup/keydown (or click) handlers bound on the host input or component, each holding the datepicker, stayed on the element; the fix detaches them and drops the data reference in remove().'
add $M/uxsolutions+bootstrap-datepicker/repo 5f7f4c1 js/bootstrap-datepicker.js --repo uxsolutions/bootstrap-datepicker --license Apache-2.0 --class syntactic --kind listener --receiver '$(document)' --event mousedown --line 75 --shape missing-in-teardown --desc 'Every Datepicker constructor bound an anonymous mousedown handler on document that no method ever removed (not even remove()), so handlers and their pickers piled up per instance; the fix binds a namespaced handler on show and unbinds it on hide (and remove() hides first).'
add $M/uxsolutions+bootstrap-datepicker/repo d6fa2f3 js/bootstrap-datepicker.js --repo uxsolutions/bootstrap-datepicker --license Apache-2.0 --class syntactic --kind listener --receiver 'datepickerPlugin.call($(this.inputs), options)' --event changeDate --line 1503 --shape missing-in-teardown --keep 1-55,1490-1574,2006-2026 --keep-after 1-55,1490-1575,2007-2027 --desc 'DateRangePicker bound a changeDate handler on its input elements in the constructor, but destroy() only destroyed the child pickers, leaving the handler (holding the range picker) on inputs that outlive it; the fix unbinds it in destroy().'
