#!/bin/bash
# The add-case.ts commands of every case of batch 2026-12-05e built in worktree wt-z from list (z) of the
# twelfth batch (see ../README.md, "Decision criteria for the twelfth fresh batch"): leak fixes in Vue
# single-file components (.vue). Run from the repository root with a bare clone of each repository at
# $MIRROR/<owner>+<name>/repo (what the search tool's `fetch` makes; default /work/.mirror). Classes,
# descriptions, shapes and leak lines were written from reading the diffs and the files around them, before
# any scan of the cases (none was run in this worktree). --line is the 1-based line in the whole BEFORE .vue
# file (template included). Every repository of list (z) is held-out by the sha1 rule of ../README.md.
# Repositories that gave no case, and every diff read and not kept, are in skipped-h21z.md. add-case.ts does
# not know batches: the last step tags the new case folders. No file needed pruning (all under 500 lines).
set -e
M=${MIRROR:-/work/.mirror}
add(){ r=$1; shift; sha=$1; shift; p=$1; shift; npx tsx test/scan/eval/add-case.ts "$M/${r/\//+}/repo" "$sha" "$p" "$@" --repo "$r"; }

# ecomfe/vue-echarts (MIT). 9b40106 is on the 2.x, 3.0 and 5.x branches (the Vue 2 component of the 2.x releases).
# One commit, two leak sites in the same file: the window listener and the ECharts instance (`__2`).
add ecomfe/vue-echarts 9b40106 src/components/ECharts.vue --class syntactic --kind listener --receiver window --event resize --line 182 --shape 3 --desc "The ECharts component's _init() (run from mounted() or the options watcher) added a debounced 'resize' listener on window when auto-resize was on, stored in this.__resizeHanlder, and the component had no destroy hook at all, so every chart torn down by a route change or v-if left its window listener, the chart it resizes and the component behind; the fix adds beforeDestroy() that removes the listener and disposes the chart."
add ecomfe/vue-echarts 9b40106 src/components/ECharts.vue 2 --class syntactic --kind disposable --receiver chart --event null --line 159 --shape 3 --desc "The ECharts component's _init() created the chart with echarts.init(this.\$el, ...) (ECharts keeps every live instance in a module-level registry until dispose(), with its zrender canvas, handlers and the \$emit closures registered with chart.on) and stored it in this.chart, and nothing ever disposed it, since the component had no destroy hook; the fix disposes the chart in a new beforeDestroy()."

# apache/skywalking-booster-ui (Apache-2.0: LICENSE; package.json has no licence field). d0ebdefc is the squash of
# pull request #372 on main (d20c22c3 the branch commit), 7813c926 the squash of #108 on main (5ddf7640 the branch
# commit; a43ea5a5 is a follow-up on the branch). 7667af22 is a commit of pull request #280 (no branch holds it;
# main has the squash 22db6864): the Timeline component was written earlier in the same pull request, so the leak
# it fixes never shipped on main; kept anyway, like koel 7ac50053c of batch 2026-12-05d.
add apache/skywalking-booster-ui d0ebdefc src/views/dashboard/controls/Tab.vue --license Apache-2.0 --class syntactic --kind listener --receiver document.body --event click --line 246 --shape 4 --desc "The dashboard Tab widget's setup() body called document.body.addEventListener('click', handleClick) directly and the component had no unmount hook removing it, so every tab widget destroyed (dashboard switch, widget removal, edit mode) left a body click listener that keeps writing to the dead widget's refs and holds it; the fix removes the listener in onUnmounted()."
add apache/skywalking-booster-ui 7813c926 src/views/Settings.vue --license Apache-2.0 --class syntactic --kind timer --receiver state.timer --event null --line 104 --shape 1 --desc "The Settings page's auto-refresh toggle stored setInterval(handleReload, ...) in the page's own reactive state.timer and only the toggle and interval handlers cleared it, never the page's unmount, so after leaving Settings the interval kept running with its handle lost: a re-created page starts with state.timer null, cannot stop it, and turning auto-refresh on again stacks another interval; the fix keeps the handle in the long-lived app store (setReloadTimer/reloadTimer) so any Settings instance clears the one running interval."
add apache/skywalking-booster-ui 7667af22 src/views/dashboard/related/task-timeline/components/Timeline.vue --license Apache-2.0 --class syntactic --kind disposable --receiver visGraph.value --event null --line 123 --shape 1 --desc "The continuous-profiling task Timeline created a vis-timeline Timeline (with its DOM, Hammer listeners and the self-re-arming current-time timer that only destroy() stops) in visTimeline() and stored it in visGraph.value; the previous one was destroyed when the chart was redrawn, but nothing destroyed it when the component unmounted, so every closed widget left a live timeline behind; the fix destroys it in onUnmounted()."

# apache/streampark (Apache-2.0: LICENSE at the root; the webapp's package.json says "Apache-2.0 license").
# 83e61a1ca is the squash of pull request #2608 on dev (9fb29e600 the branch commit).
add apache/streampark 83e61a1ca streampark-console/streampark-console-webapp/src/views/setting/FlinkCluster/index.vue --license Apache-2.0 --class syntactic --kind timer --receiver setInterval --event null --line 112 --shape 3 --desc "The Flink cluster settings page's onMounted() started setInterval(() => getFlinkCluster(), 3000) and discarded the handle, and the page had no unmount hook, so every visit to the page left a 3-second poll of the cluster API running (and holding the page's refs) for the rest of the session; the fix replaces it with a useTimeoutFn loop that is stopped in onUnmounted()."

# arco-design/arco-design-vue (MIT). 8b260077 is on main; the leaking touchmove registration came with 5df412f8
# (pull request #3343, on main since 2024-11), the contextmenu one with d927b65c (2021). Two sites, `__2`.
add arco-design/arco-design-vue 8b260077 packages/web-vue/components/slider/slider-button.vue --class syntactic --kind listener --receiver window --event touchmove --line 80 --shape 3 --desc "SliderButton's handleMouseDown() added mousemove, touchmove, mouseup, contextmenu and touchend listeners on window for the drag, but handleMouseUp() removed only mousemove, mouseup and touchend, so the 'touchmove' listener stayed on window after the drag ended (every slider touched once kept moving on any later touch, and a destroyed slider stayed reachable from window); the fix also removes touchmove in handleMouseUp()."
add arco-design/arco-design-vue 8b260077 packages/web-vue/components/slider/slider-button.vue 2 --class syntactic --kind listener --receiver window --event contextmenu --line 82 --shape 3 --desc "SliderButton's handleMouseDown() added handleMouseUp as a 'contextmenu' listener on window and handleMouseUp() never removed it, so after the first drag every slider button kept a window contextmenu listener holding its component, past its unmount; the fix removes contextmenu in handleMouseUp() with the other drag listeners."

node -e '
const fs = require("fs");
const ids = ["ecomfe__vue-echarts__9b40106", "ecomfe__vue-echarts__9b40106__2",
  "apache__skywalking-booster-ui__d0ebdef", "apache__skywalking-booster-ui__7813c92",
  "apache__skywalking-booster-ui__7667af2", "apache__streampark__83e61a1",
  "arco-design__arco-design-vue__8b26007", "arco-design__arco-design-vue__8b26007__2"];
for (const id of ids) {
  const f = `scan-corpus/fixes/cases/${id}/case.json`;
  const c = JSON.parse(fs.readFileSync(f, "utf8"));
  c.batch = "2026-12-05e";
  fs.writeFileSync(f, JSON.stringify(c, null, 2) + "\n");
}'
