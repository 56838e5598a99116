#!/usr/bin/env bash
# Batch 2026-12-06r, list (b): leak fixes from redux-form/redux-form, jaredpalmer/formik,
# final-form/react-final-form, final-form/final-form, wix/react-native-navigation,
# facebook/docusaurus and pinojs/pino-pretty, added by a helper who classified them from the
# diffs only (no scan was run). redux-form/redux-form gave no case (no leak fix in its history);
# facebook/docusaurus could not be fetched (its snapshot is over the fetch limit). Each case.json
# gets "batch": "2026-12-06r" afterwards (the loop at the end).
# Skipped diffs and repositories: tools/skipped-h37rb.md.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# jaredpalmer/formik (MIT)
add $M/jaredpalmer+formik/repo 8e0f25da src/FastField.tsx --repo jaredpalmer/formik --license MIT \
  --class syntactic --kind listener --receiver 'formik' --event null --line 55 --shape missing-in-teardown \
  --desc "FastField registered itself (its validate function) with the parent Formik via formik.registerField() in its constructor and re-registered on name changes, but had no componentWillUnmount, so every unmounted FastField stayed registered on the long-lived form (and its validator kept running on submit); the fix unregisters the field in componentWillUnmount"

# final-form/react-final-form (MIT)
R=$M/final-form+react-final-form/repo
add $R ab65f3a src/useField.ts --repo final-form/react-final-form --license MIT \
  --class types --kind listener --receiver 'form' --event null --line 241 --shape discarded-disposable \
  --desc "useField's initialValue effect re-registered the field with form.registerField(name, () => {}, {}, { initialValue }) to update the form's initial values and discarded the returned unsubscribe, so every such run left an orphan no-op field subscriber on the form (keeping the field registered after the real one unregistered); the fix calls the returned unsubscribe right away"

# final-form/final-form (MIT)
add $M/final-form+final-form/repo ec17eca src/FinalForm.ts --repo final-form/final-form --license MIT \
  --class not-a-leak --kind other --receiver 'fieldAsyncValidationKeys' --event null --line 220 --shape collection-growth \
  --desc "the per-field counter of async validation runs in fieldAsyncValidationKeys was never deleted when the last field with that name unregistered; the fix deletes it; a number per field name in a plain object, no subscription, timer, socket or disposable is involved despite the commit title 'Fix memory leak'"

# wix/react-native-navigation (MIT)
add $M/wix+react-native-navigation/repo adbb744e3e lib/src/events/ComponentEventsObserver.ts --repo wix/react-native-navigation --license MIT \
  --class runtime --kind listener --receiver 'this.listeners' --event null --line 44 --shape missing-in-teardown \
  --desc "bindComponent() stored each bound screen component in the app-wide observer's listeners map under its componentId and only the returned subscription's remove() deleted it, so every unmounted screen whose code did not call remove() stayed in the map and kept receiving lifecycle events; the fix adds unmounted(componentId), which drops all listeners of the id, and calls it from the wrapper's componentWillUnmount"

# pinojs/pino-pretty (MIT)
add $M/pinojs+pino-pretty/repo 7170556 lib/utils/build-safe-sonic-boom.js --repo pinojs/pino-pretty --license MIT \
  --class not-a-leak --kind listener --receiver 'stream' --event null --line 26 --shape duplicate-registration \
  --desc "a merge left a second setupOnExit(stream) call, so each async SonicBoom destination was registered twice with on-exit-leak-free and got two 'close' listeners; the fix drops the duplicate; the registration is weak (WeakRef) and both entries are unregistered on close, so nothing was retained"

# types cases: the modules their files import
npx tsx test/scan/eval/add-imports.ts "$R" final-form__react-final-form__ab65f3a --depth 2 --max-lines 6000

# batch tag (add-case.ts does not know batches)
for f in scan-corpus/fixes/cases/jaredpalmer__formik__8e0f25d/case.json \
  scan-corpus/fixes/cases/final-form__react-final-form__ab65f3a/case.json \
  scan-corpus/fixes/cases/final-form__final-form__ec17eca/case.json \
  scan-corpus/fixes/cases/wix__react-native-navigation__adbb744/case.json \
  scan-corpus/fixes/cases/pinojs__pino-pretty__7170556/case.json; do
  node -e 'const fs=require("fs");const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,"utf8"));j.batch="2026-12-06r";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")' "$f"
done
