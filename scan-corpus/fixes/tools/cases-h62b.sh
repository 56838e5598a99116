#!/usr/bin/env bash
# Batch 2026-12-08c, list (h62b): leak fixes from VS Code extensions and Electron apps
# (johannesjo/super-productivity, jupyterlab/jupyterlab-desktop, camunda/camunda-modeler,
# graphql/graphql-playground, microsoft/powerplatform-vscode, iterative/vscode-dvc), added by a
# helper who classified them from the diffs only (no scan was run). Singleton-service fixes were
# searched for too: super-productivity e7f8f0ef1 (a root-provided Angular service) and vscode-dvc
# 72b8a7440 (a module's one telemetry reporter) are such fixes. microsoft/vscode-azurefunctions,
# marcellourbani/vscode_abap_remote_fs, srl-labs/vscode-containerlab, recca0120/vscode-phpunit and
# rage/tmc-vscode gave no case. Each case.json gets "batch": "2026-12-08c" afterwards (the loop at
# the end). Skipped diffs and repositories: tools/skipped-h62b.md.
set -e
cd "$(dirname "$0")/../../.."
M=/work/.mirror
add() { npx tsx test/scan/eval/add-case.ts "$@"; }

# johannesjo/super-productivity (MIT)
S=$M/johannesjo+super-productivity/repo
add $S 0047b1f2a src/app/features/tasks/task-detail-panel/task-detail-panel.component.ts --repo johannesjo/super-productivity --license MIT \
  --class syntactic --kind listener --receiver 'this._store' --event null --line 315 --shape per-call-on-shared \
  --desc "a signal effect() that re-ran on every change of the panel's task subscribed anew to the store's Jira issue-provider selector each time, bounded only by the component's DestroyRef, so while the panel stayed open every task switch stacked another live store subscription (each re-sending the image headers); the fix derives the provider id from the task stream and switchMaps to a single subscription"
add $S f2e3d0d5c src/app/features/tasks/task-additional-info/task-additional-info.component.ts --repo johannesjo/super-productivity --license MIT \
  --class syntactic --kind listener --receiver 'this._globalConfigService.misc$' --event null --line 259 --shape missing-in-teardown \
  --desc "the component collected its constructor and ngAfterViewInit subscriptions (global config, issue data and attachments, the Jira config stream, the task service's target-panel stream) in a Subscription bag that ngOnDestroy never unsubscribed, so each destroyed panel stayed subscribed to the long-lived services; the fix pipes every subscription through takeUntil(_onDestroy\$) and fires that subject in ngOnDestroy"
add $S e7f8f0ef1 src/app/features/focus-mode/focus-mode.service.ts --repo johannesjo/super-productivity --license MIT \
  --class not-a-leak --kind listener --receiver 'this.timer$' --event null --line 87 --shape missing-in-teardown \
  --desc "the root-provided FocusModeService subscribed in its constructor to the global tracking-interval tick without ever unsubscribing; the fix adds takeUntilDestroyed(), but the service is an app-wide singleton created once, so the subscription lived exactly as long as the app either way and nothing accumulated"

# jupyterlab/jupyterlab-desktop (BSD-3-Clause); sessionwindow.ts is ~1760 lines: pruned to the imports,
# the class from its constructor through the getters, the content-view update and the session
# creation/teardown members, the fields and the closing namespace
J=$M/jupyterlab+jupyterlab-desktop/repo
add $J ce9e912 src/main/eventmanager.ts --repo jupyterlab/jupyterlab-desktop --license BSD-3-Clause \
  --class syntactic --kind listener --receiver 'ipcMain' --event null --line 40 --shape identity-mistake \
  --desc "EventManager registered its sync handlers with ipcMain.handle() but unregistered them (one by one and in dispose()) with ipcMain.removeListener(), which does not touch handle() registrations, so every disposed owner left its invoke handlers installed on the process-wide ipcMain; the fix removes them with ipcMain.removeHandler(channel)"
add $J a5087ef src/main/sessionwindow/sessionwindow.ts --repo jupyterlab/jupyterlab-desktop --license BSD-3-Clause \
  --class syntactic --kind disposable --receiver 'this._labView' --event null --line 358 --shape missing-in-teardown \
  --keep 1-471,1111-1204,1546-1761 \
  --desc "_disposeSession() removed and disposed the LabView (and its WebContentsView renderer) only for local sessions; for a remote session it just cleared the browser session and returned, so closing a remote session or its window left the lab view's webContents open; the fix runs the guarded LabView teardown for both kinds of session"
add $J 92b32d7 src/main/sessionwindow/sessionwindow.ts --repo jupyterlab/jupyterlab-desktop --license BSD-3-Clause \
  --class syntactic --kind disposable --receiver 'this._labView' --event null --line 393 --shape field-overwritten \
  --keep 1-475,1115-1208,1553-1768 --keep-after 1-495,1135-1228,1573-1788 \
  --desc "_loadLabView() built a new LabView and stored it in this._labView without detaching or disposing the one already there, so rebuilding the lab view (an environment switch or reload) orphaned the previous view's renderer and event handlers; the fix removes and disposes the old labView first (it also closes the title-bar, progress, env-select and welcome views' webContents on window dispose)"

# camunda/camunda-modeler (MIT)
C=$M/camunda+camunda-modeler/repo
add $C 61bb77a4b client/src/plugins/zeebe-plugin/connection-manager-plugin/ConnectionManagerPlugin.js --repo camunda/camunda-modeler --license MIT \
  --class syntactic --kind listener --receiver 'settings' --event null --line 83 --shape missing-cleanup-in-effect \
  --desc "the plugin's useEffect subscribed a connections callback on the app-wide Settings object and returned no cleanup (Settings.subscribe gave no way to unsubscribe), so each unmount or re-run of the effect left a callback holding the component's state setter in the settings listener list; the fix makes subscribe return an unsubscribe function and calls it from the effect's cleanup"
add $C 71f3d2761 client/src/app/tabs/bpmn/BpmnEditor.js --repo camunda/camunda-modeler --license MIT \
  --class syntactic --kind listener --receiver 'modeler' --event commandStack.changed --line 217 --shape identity-mistake \
  --desc "listen(fn) used one call for both on and off, modeler[fn]('commandStack.changed', LOW_PRIORITY, handler), but the event bus's off() takes (event, callback), so the unmount path passed the priority as the callback and removed nothing; each remount of the cached editor added another linting listener to the cached modeler; the fix calls off() without the priority"
add $C 36f2a2c0c client/src/plugins/usage-statistics/event-handlers/PingEventHandler.js --repo camunda/camunda-modeler --license MIT \
  --class syntactic --kind timer --receiver 'setInterval' --event null --line 30 --shape discarded-timer \
  --desc "the handler's setInterval wrapper started the 24-hour ping interval but did not return its id, so _intervalID stayed undefined, disabling usage statistics called clearInterval(undefined) and the interval kept pinging, and every re-enable started another one; the fix returns the id so disable clears it"

# graphql/graphql-playground (MIT); the backoff used by the playground UI that the Electron app embeds
add $M/graphql+graphql-playground/repo fbb5c1ec packages/graphql-playground-react/src/components/Playground/util/fibonacci-backoff.ts --repo graphql/graphql-playground --license MIT \
  --class syntactic --kind timer --receiver 'setTimeout' --event null --line 25 --shape timer-outlives-owner \
  --desc "Backoff.stop() only set running = false, leaving the already scheduled retry timeout (up to tens of seconds) pending, so after the playground stopped polling the schema the timer still fired and called the fetch callback once more, keeping its owner alive until then; the fix clears this.timeout in stop()"

# microsoft/powerplatform-vscode (MIT)
add $M/microsoft+powerplatform-vscode/repo 4aee82c7 src/web/client/extension.ts --repo microsoft/powerplatform-vscode --license MIT \
  --class syntactic --kind disposable --receiver 'vscode.workspace' --event null --line 208 --shape discarded-disposable \
  --desc "activate() registered the portal file system's text-search and file-search providers and discarded the returned disposables, so the providers were never unregistered when the extension was deactivated; the fix pushes both registrations into context.subscriptions"

# iterative/vscode-dvc (Apache-2.0)
V=$M/iterative+vscode-dvc/repo
add $V 72b8a7440 extension/src/telemetry/index.ts --repo iterative/vscode-dvc --license Apache-2.0 \
  --class types --kind disposable --receiver 'telemetryReporter' --event null --line 26 --shape field-overwritten \
  --desc "the module's one TelemetryReporter was reused only outside debug sessions; in a debug session every getTelemetryReporter() call (one per telemetry event) constructed a new reporter and overwrote the module variable without disposing the previous one, leaving each reporter's client and configuration listeners alive; the fix returns the existing instance in debug sessions too"

# types cases: the modules their files import
npx tsx test/scan/eval/add-imports.ts "$V" iterative__vscode-dvc__72b8a74 --depth 2 --max-lines 6000

# batch tag (add-case.ts does not know batches)
for f in scan-corpus/fixes/cases/johannesjo__super-productivity__0047b1f/case.json \
  scan-corpus/fixes/cases/johannesjo__super-productivity__f2e3d0d/case.json \
  scan-corpus/fixes/cases/johannesjo__super-productivity__e7f8f0e/case.json \
  scan-corpus/fixes/cases/jupyterlab__jupyterlab-desktop__ce9e912/case.json \
  scan-corpus/fixes/cases/jupyterlab__jupyterlab-desktop__a5087ef/case.json \
  scan-corpus/fixes/cases/jupyterlab__jupyterlab-desktop__92b32d7/case.json \
  scan-corpus/fixes/cases/camunda__camunda-modeler__61bb77a/case.json \
  scan-corpus/fixes/cases/camunda__camunda-modeler__71f3d27/case.json \
  scan-corpus/fixes/cases/camunda__camunda-modeler__36f2a2c/case.json \
  scan-corpus/fixes/cases/graphql__graphql-playground__fbb5c1e/case.json \
  scan-corpus/fixes/cases/microsoft__powerplatform-vscode__4aee82c/case.json \
  scan-corpus/fixes/cases/iterative__vscode-dvc__72b8a74/case.json; do
  node -e 'const fs=require("fs");const f=process.argv[1];const j=JSON.parse(fs.readFileSync(f,"utf8"));j.batch="2026-12-08c";fs.writeFileSync(f,JSON.stringify(j,null,2)+"\n")' "$f"
done
