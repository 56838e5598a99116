// The clean-code precision corpus (scan-corpus/clean/, issue #16) is well-formed: every finding
// of every project is labelled, and the README's figures and category ranking are the ones the
// labels give. Needs neither the network nor the git mirrors (scripts/scan-clean.ts re-scans).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../../src/scan/model.js';
import {
  type CleanProject,
  COMMON_EXCLUDE,
  MARKERS,
  between,
  categoriesTable,
  checkProject,
  figuresOf,
  figuresTable,
  globToRegExp,
  loadProjects,
  recordedFindings,
  selectFiles,
} from '../../scripts/scan-clean-lib.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'scan-corpus', 'clean');
const loaded = loadProjects(dir);
const projects = loaded.map((x) => x.project);
const readme = readFileSync(join(dir, 'README.md'), 'utf8');

// Kept for other evaluations (the independent set and the fix corpus): never here.
const FORBIDDEN = [
  'websockets/ws',
  'socketio/',
  'colyseus/',
  'vitest-dev/vitest',
  'yjs/y-websocket',
  'request/request',
  'mqttjs/',
  'redis/',
  'eclipse-theia/',
  'signalk/',
  'siimon/prom-client',
];

describe('clean-code corpus', () => {
  it('has at least five held-out and three tuning projects, none from the excluded lists', () => {
    expect(projects.filter((p) => p.set === 'held-out').length).toBeGreaterThanOrEqual(5);
    expect(projects.filter((p) => p.set === 'tuning').length).toBeGreaterThanOrEqual(3);
    for (const p of projects)
      for (const f of FORBIDDEN) expect(p.repo.toLowerCase().startsWith(f)).toBe(false);
    expect(new Set(projects.map((p) => p.repo)).size).toBe(projects.length);
  });

  it('records every project completely and labels every finding', () => {
    expect(loaded.flatMap(({ name, project }) => checkProject(project, name))).toEqual([]);
  });

  it('catches an unlabelled finding, a false finding without a category and a bad commit', () => {
    const sample = projects.find((p) => p.findings.length > 0)!;
    const first = sample.findings[0]!;
    const broken: CleanProject = {
      ...sample,
      commit: 'HEAD',
      findings: [
        { ...first, verdict: null },
        { ...first, line: first.line + 100_000, verdict: 'fp', category: 'nonsense' },
      ],
    };
    const errs = checkProject(broken, `${sample.repo.replace('/', '__')}.json`).join('\n');
    expect(errs).toMatch(/bad commit HEAD/);
    expect(errs).toMatch(/not labelled/);
    expect(errs).toMatch(/without a known category/);
  });

  it('takes a fresh batch only as a date on a held-out project, and reports it alone', () => {
    const sample = projects.find((p) => p.set === 'held-out')!;
    const name = `${sample.repo.replace('/', '__')}.json`;
    expect(checkProject({ ...sample, batch: '2026-12-05' }, name)).toEqual([]);
    expect(checkProject({ ...sample, batch: 'fresh' }, name).join('\n')).toMatch(
      /batch must be a date/,
    );
    expect(checkProject({ ...sample, batch: '2026-12-05za' }, name)).toEqual([]);
    expect(checkProject({ ...sample, batch: '2026-12-05ab' }, name).join('\n')).toMatch(
      /batch must be a date/,
    );
    expect(checkProject({ ...sample, set: 'tuning', batch: '2026-12-05' }, name).join()).toMatch(
      /only held-out projects/,
    );
    const held = projects.filter((p) => p.set === 'held-out' && p.batch === undefined);
    const table = figuresTable([...held, { ...sample, repo: 'x/y', batch: '2026-12-05' }]);
    expect(table).toMatch(/\*\*held-out, batch 2026-12-05 alone\*\* \| 1 projects \|/);
    expect(table).toMatch(
      new RegExp(`\\*\\*held-out, before any batch\\*\\* \\| ${held.length} projects \\|`),
    );
  });

  it('records no more false findings, and no fewer true ones, than when last measured', () => {
    // After the exemptions of issue #16 (scan-corpus/clean/README.md, history). Lower a ceiling
    // when the scanner reports fewer false findings; never raise one to make the test pass.
    // Raised once, 43 -> 44, on purpose: no-unpaired-teardown (a recall rule: +4 tuning and +1
    // held-out fix cases caught) adds one labelled false finding on deepstream, and the two
    // branches that built it met at this merge — the price is recorded, not hidden.
    // Lowered, held-out 40 -> 20 and tuning 18 -> 17: no-repeated-registration became opt-in
    // (issue #16: it caught no held-out fix case and made 19 of the 40 held-out false findings),
    // and the ceilings are of the default set, what `leakguard scan` runs; one more held-out
    // false finding was a stale label (deepstream connection-endpoint.ts:95, no longer reported).
    // Tuning had been 17 since the third precision round; 18 was a ceiling not yet lowered.
    // Lowered, held-out 20 -> 17 and tuning 17 -> 12, to the figures of the sixteenth session
    // with candidate S (a discarded setTimeout of at most 1,000 ms is one-shot): deepstream's
    // 10 ms destroy deferral and moleculer's transit.js delay went, and the gap to the old
    // ceilings (stale labels and earlier exemptions never lowered into them) is closed.
    // Lowered, held-out 17 -> 15, by candidate G (a receiver the function has just made:
    // deepstream's spawned child's stdout and stderr).
    // Lowered, held-out 15 -> 13, in the thirty-second session to the figure earlier sessions'
    // fixes had reached without lowering it.
    const CEILING = { 'held-out': { fp: 13, tp: 3 }, tuning: { fp: 12, tp: 7 } } as const;
    // The fresh held-out batches of 2026-12-05 (projects new to every corpus, labelled before
    // any rule change they judge): each its own ceiling, as first measured. The projects above
    // are the set as it was before it, so their ceilings keep their history.
    const BATCH_CEILING = {
      // Lowered 230 -> 28 and 107 -> 59 by candidate X (a listener an exported entry adds on its
      // first parameter), kept by the criteria of the clean README (48 false findings fewer on
      // the second batch, no true one lost there or on the first, no fix case lost).
      // After the second reading of the true labels (README): 1 of the first batch's true
      // findings and 10 of the third's became false, which moves both numbers of each.
      // Lowered 29 -> 22 and 20 -> 16 by the `this`-alias correction (`client.x = new X()` in a
      // class is a field the class makes): irc-framework's and botkit's, all false.
      // Lowered 22 -> 19 by candidate S (eris' voice reconnect delays).
      '2026-12-05': { fp: 18, tp: 15 },
      // Lowered 59 -> 51 by candidate Z (code the module runs once: uptime-kuma's and nodecg's
      // top-level IIFEs, hubot's CLI), written from these labels, judged on the fifth batch.
      // Lowered 51 -> 50 by the promise-chain .finally() correction (uptime-kuma's Kafka producer),
      // 50 -> 41 by candidate O (nodecg's Polymer elements: listeners on this.$.x).
      // Lowered 41 -> 40 by candidate G (nodecg's fader replicant, made in the same method).
      '2026-12-05b': { fp: 40, tp: 4 },
      // Labelled with X in place: a measure of the scanner after it, not a judge of any change.
      // Lowered 93 -> 92 by candidate S (actionhero's web server delay).
      // Lowered 92 -> 87 by candidate P (actionhero's registerProcessSignals(), called once).
      // Lowered 87 -> 69 by candidate G (actionhero's redis clients and resque worker, made
      // just before they are listened to).
      '2026-12-05c': { fp: 69, tp: 4 },
      '2026-12-05d': { fp: 15, tp: 10 },
      // Z's judge (kept: −2, both false), labelled before Z; 22 true labels became false on the
      // second reading (zwave-js-server's forwarder). Lowered 91 -> 89 by the table-of-timeouts
      // correction of no-unpaired-teardown (zwave-js-ui's close()), 89 -> 84 by candidate O
      // (lets-chat's Backbone views: listeners on this.$el).
      // Lowered 84 -> 81 by candidate P (zwave-js-ui's setupSocket()/setupInterceptor()).
      // Lowered 81 -> 80 by candidate G (uptime-kuma's per-check https agent).
      // Raised 80 -> 83 on purpose: zwave-js-ui's .vue files, scanned since component files are
      // read (twenty-first session): 3 false findings (a `{ once: true }` listener, listeners on
      // a chart's own overlay), labelled.
      // Raised 83 -> 86 on purpose by candidate JQ (jQuery's page-level wrappers, kept): lets-chat's
      // three views built once per page add window focus/blur handlers through $(window), labelled
      // false (once-lifecycle) by a helper who was not told what was judged.
      // Lowered 86 -> 85 by candidate LE (callbacks of DOMContentLoaded, the page's load,
      // jQuery's ready, app's ready run once).
      '2026-12-05e': { fp: 85, tp: 5 },
      // Measurement only, labelled with Z and the corrections in; its 6 true labels read twice.
      // Lowered 85 -> 76 by candidate S (homebridge-config-ui-x's UI delays), written after
      // this batch was read and judged on the seventh.
      // Lowered 76 -> 55 by candidate K (homebridge-config-ui-x's components: listeners under the
      // socket wrapper each ends in ngOnDestroy()), judged on the tenth batch.
      // Lowered 55 -> 51 by candidate P (homebridge-config-ui-x's hb-service launch()).
      '2026-12-05f': { fp: 47, tp: 5 },
      // S's judge (kept: −1, false: tmi.js' 350 ms delay), labelled before S; 2 true labels
      // read twice and kept.
      // Raised 13 -> 15 on purpose: `$on` is a registration since component files are scanned
      // (Vue 2's event bus); node-red-dashboard's two AngularJS `$on` in its page controller.
      // Lowered 15 -> 14 by candidate LE (callbacks of DOMContentLoaded, the page's load,
      // jQuery's ready, app's ready run once).
      // Raised 13 -> 14 by candidate SN (a container-named receiver given an event name is an
      // emitter): node-red-dashboard's `scope.$on('$destroy', …)` in ui-template, labelled false.
      // Lowered 14 -> 13 by candidate DS (a scope's `$destroy` listener goes with the scope): that
      // same finding.
      '2026-12-05g': { fp: 13, tp: 2 },
      // Judged candidate F (reverted: 2 true and 5 false findings of it there); F's labels left
      // with it. Default set without F. Lowered 48 -> 47 by the early-exit listener-count guard
      // (Haraka's addOCSP). Lowered 47 -> 45 by the top-level array walk correction
      // (MCSManager's signal handlers), 45 -> 38 by candidate M (MCSManager's module singletons).
      // Lowered 38 -> 34 by candidate P (dockge's DockgeServer, MCSManager's initialize()).
      // Lowered 34 -> 22 by candidate G (dockge's frontend socket, MCSManager's process stream).
      // Raised 22 -> 26 on purpose: MCSManager's TerminalCore.vue, scanned since component files
      // are read: 4 listeners on the terminal widget's own emitter in its <script setup>, false.
      // Candidate U (twenty-fourth session) adds 3 true findings here (MCSManager's xterm terminal,
      // dockge's two Bootstrap modals).
      '2026-12-05h': { fp: 26, tp: 3 },
      // Judged candidates M and O (eighteenth session; both removed nothing there), labelled with
      // main before them; its 3 true labels (and 1 opt-in) read twice and kept. Lowered 48 -> 47
      // by the numeric-first-argument correction (bittorrent-tracker's own self.setInterval(ms)).
      // Lowered 47 -> 45 by candidate P (MagicMirror's constructor function App).
      // Lowered 45 -> 38 by candidate G (MagicMirror's window and server, bittorrent-tracker's
      // response body).
      '2026-12-05i': { fp: 33, tp: 3 },
      // Judged candidate K (kept: it removed nothing there), labelled with main before it; its one
      // true label became false on the second reading (node-hue-api's SSDPSearch, never run).
      '2026-12-05j': { fp: 38, tp: 0 },
      // Judges candidate P (the project pass), labelled with main before it: applications only,
      // since P does nothing in a library's exports. Its true labels are read a second time.
      // Lowered 211 -> 207 by candidate P (Rocket.Chat.Electron's and hyper's once-per-app
      // before-quit and preload listeners), kept by its criteria. One true label became false on
      // the second reading (Rocket.Chat.Electron's TooltipProvider: one stale listener at most).
      // Lowered 207 -> 174 by candidate G (the windows, child processes and producers the
      // applications make and listen to at once: Rocket.Chat.Electron, mediasoup-demo, …).
      // Lowered 109 -> 108 by candidate LE (callbacks of DOMContentLoaded, the page's load,
      // jQuery's ready, app's ready run once).
      // Lowered 83 -> 82 by candidate PK (a call on a package's import names no program
      // function): hyper's config watcher, no longer kept by an `x.m()` of a package.
      '2026-12-05k': { fp: 83, tp: 6 },
      // Judges candidate P′ (calls resolved through imports), labelled with main before it (P in):
      // applications again. Its true labels are read a second time.
      // After the second reading: 2 of its 17 true labels became false (fiddle's CONFIRM_QUIT
      // listener, mockoon's dev-only hot reload).
      // Lowered 174 -> 155 by candidate G (fiddle's, franz's and mockoon's windows).
      // Raised 119 -> 121 by candidate CU′ (a React class component always unmounts): franz's
      // trial bar's two timers, labelled false.
      '2026-12-05l': { fp: 121, tp: 15 },
      // Judges candidate P″ (callbacks passed by name), labelled with main before it (P in).
      // After the second reading: 4 of its 19 true labels became false (ferdi's unused Select,
      // its webview listeners that die with the component).
      // Lowered 136 -> 124 by candidate G (ferdi's windows, scrypted's worker streams).
      '2026-12-05m': { fp: 106, tp: 15 },
      // Judges candidate E (an Electron app is an application), labelled with main before it.
      // Lowered 437 -> 362 by candidate E (mattermost's module singletons, youtube-music's app
      // controls), kept by its criteria.
      // Lowered 362 -> 356 by candidate G (stretchly's preference windows).
      // Lowered 282 -> 227 by candidate LE (callbacks of DOMContentLoaded, the page's load,
      // jQuery's ready, app's ready run once).
      // Raised 166 -> 168 on purpose by candidate PT, kept: zulip-desktop's tab and preference
      // nav elements, appended to their containers and removed by a base class in another file.
      '2026-12-05n': { fp: 171, tp: 19 },
      // Judges candidate S (a static member access constructs nothing), labelled with main
      // before it; S removed nothing there (not kept).
      // Raised 132 -> 143 on purpose: marktext's eleven `bus.$on` in store actions dispatched
      // once per editor window, now that Vue 2's `$on` is a registration.
      // Raised 143 -> 151 and 1 -> 8 on purpose: marktext's .vue files, scanned since component
      // files are read: 7 true (the sidebar tree's bus and document listeners, re-added each time
      // the tree, a folder or a file item is rebuilt; read twice) and 8 false.
      '2026-12-05o': { fp: 123, tp: 8 },
      // Judges candidate A (a package that starts itself is an application), labelled with main
      // before it; A removed nothing there (not kept). Its 5 true labels read twice, 4 kept.
      // Lowered 40 -> 31 by candidate G (FUXA's MQTT clients, made per connect).
      '2026-12-05p': { fp: 27, tp: 4 },
      // Judges candidate G (a receiver the function has just made), labelled with main before
      // it: Electron applications. Lowered 43 -> 37 by G (etcher's, raven-reader's and poi's
      // windows and tray, drawio's webContents), kept by its criteria. One of its 14 true labels
      // became false on the second reading (poi's update-server listener, set up once).
      // Raised 38 -> 46 and 13 -> 15 on purpose: raven-reader's .vue files, scanned since
      // component files are read: 2 true (Subscriptions.vue's bus listeners, re-added each time
      // the sidebar is shown again; read twice) and 8 false (components mounted once per window).
      // Lowered 44 -> 42 by candidate LE (callbacks of DOMContentLoaded, the page's load,
      // jQuery's ready, app's ready run once).
      '2026-12-05q': { fp: 41, tp: 15 },
      // Judges candidate W (once-per-process Electron app events in the project pass), labelled
      // with main before it (G in); W removed nothing there (not kept). Its one true label became
      // false on the second reading (ipfs-desktop's showPrompt(), which nothing calls).
      '2026-12-05r': { fp: 2, tp: 0 },
      // Judges candidate D (module scope in the project pass), labelled with main before it;
      // D removed nothing there (not kept). One of its 3 true labels became false on the second
      // reading (leon's connected listeners, wiped by removeAllListeners() on every utterance).
      // Lowered 48 -> 44 by candidate LE (callbacks of DOMContentLoaded, the page's load,
      // jQuery's ready, app's ready run once).
      '2026-12-05s': { fp: 44, tp: 2 },
      // Judges candidate D a second time (chosen for the code it reads), labelled with main before
      // it; D removed nothing there either (not kept, not judged again). One of its 6 true labels
      // became false on the second reading (ungit's repository view, bounded by its parent).
      '2026-12-05t': { fp: 30, tp: 5 },
      // Vue and Svelte applications, to measure component files on code nobody had read
      // (twenty-first session), labelled with main; no true finding, so no second reading.
      // Raised 18 -> 19 on purpose by candidate U, kept: vue-element-admin's CodeMirror 5 editor,
      // false; with its 2 true findings there (the DragSelect and drag-table Sortables).
      // Candidate AW (kept) adds 2 true findings here: vue-element-admin's HeaderSearch and
      // TagsView, whose watchers add a document.body click listener that unmounting never removes.
      '2026-12-05u': { fp: 18, tp: 4 },
      // Vue applications; judged candidate V′ from the precision side (V′ added nothing there;
      // it was not kept, its fix batch had no catch of it). Its 2 true labels read twice, kept.
      // Raised 24 -> 25 on purpose by candidate U, kept: soybean-admin's clipboard.js instance,
      // false; with its 3 true findings there (Geeker-Admin's two Sortables, soybean's BetterScroll).
      // Candidate AW (kept) adds 1 true finding here (Geeker-Admin's search dialog keydown).
      '2026-12-05v': { fp: 18, tp: 6 },
      // Electron applications and a real-time client library; judged candidate Q (a function
      // that subscribes its caller's listener): Q removed no false finding there and one true
      // one (tabby's per-window ipcMain forwarder), so it was not kept. Its 24 true labels were
      // read a second time by a helper who saw neither label, and kept.
      '2026-12-05w': { fp: 120, tp: 24 },
      // Angular and NestJS projects; judged candidate I (constructors of classes a DI framework
      // makes once per app): I removed nothing there, so it was not kept. Its one true label
      // (ng-alain's print page subscribing to a never-completing service subject) read twice.
      // Raised 8 -> 9 on purpose by candidate PK, kept as a resolution fix: ngx-admin's TinyMCE
      // `setup` callback, which only the package calls, has no call left ("no calls"); false.
      '2026-12-05x': { fp: 9, tp: 1 },
      // Vue component libraries; judged candidate T′ (T of the fix corpus, in library packages
      // only): T′ added 9 findings there, all false (column and event resizers whose document
      // listeners go on the next mouseup; a resizer its unmount hook does clean through an
      // object's method), so it was not kept. No true finding in the default set.
      '2026-12-05y': { fp: 2, tp: 0 },
      // Electron main processes; judged candidate EL (ipcMain/app listeners without a sign of
      // running again): EL removed 20 findings there, 10 of them true (per-window handlers whose
      // window is made in another file), so it was not kept.
      // Lowered 40 -> 33 by candidate LE (callbacks of DOMContentLoaded, the page's load,
      // jQuery's ready, app's ready run once).
      '2026-12-05z': { fp: 29, tp: 17 },
      // Electron main processes again; judged candidate EL′ (EL on the project pass): EL′ removed
      // 50 findings there, 1 of them true (a spellchecker reply listener per context menu,
      // reached through the services' RPC, which no call by name shows), so it was kept. Labelled
      // with 113 false and 5 true; these are the figures with EL′ in.
      // Lowered 66 -> 21 by candidate LE (callbacks of DOMContentLoaded, the page's load,
      // jQuery's ready, app's ready run once).
      '2026-12-05za': { fp: 19, tp: 4 },
      // Electron renderers; judged candidate EL-R (EL′ for ipcRenderer): EL-R removed nothing
      // there (every ipcRenderer finding sits in a component's lifecycle), so it was not kept.
      // Its 35 true labels were read twice.
      // Candidate U adds 1 true finding here (ChatALL's Sortable, made again after every reorder).
      // Raised 31 -> 33 on purpose by candidate AW, kept: rancher-desktop's two table click
      // listeners behind an option no page of the app turns on (`unreachable`).
      '2026-12-05zb': { fp: 33, tp: 36 },
      // Electron main processes again; judged candidate EL2 (EL′ with autoUpdater, powerMonitor,
      // nativeTheme, screen, systemPreferences). Labelled with 44 false and 5 true; the 4 true
      // ones EL2 removes (zui's updater install) were read twice more, false both times, and
      // relabelled false: 48 false, 1 true before EL2.
      // EL2 removes those four, so it was kept: these are the figures with EL2 in. EL2 also lowered
      // the ceilings of batches l, m, n, o, r and w (36 updater, power-monitor, theme and screen
      // handlers of main-process setup, all false).
      // Lowered 45 -> 27 by candidate LE (callbacks of DOMContentLoaded, the page's load,
      // jQuery's ready, app's ready run once).
      '2026-12-05zc': { fp: 27, tp: 1 },
      // Electron main processes again; judged candidate EL3 (this.m() reaches its own class's m
      // in EL′'s reading), which removed nothing there. Its true labels were read twice.
      '2026-12-05zd': { fp: 37, tp: 3 },
      // Electron applications and Node.js servers; judged candidate CG (the project pass follows
      // calls through the files' bindings, relative imports and this.m()). Labelled with 116
      // false and 1 true; CG removed 4, all false (ganache-ui's renderer initAutoUpdates, whose
      // name the main process's own initAutoUpdates shared), so it was kept: these are the
      // figures with CG in. CG also lowered the ceilings of batches k, n, o, q, r, w and z
      // (122 findings of the earlier held-out projects, 1 true: youtube-music's discord plugin,
      // whose start() runs per enable through a call no name shows, as with EL3), and raised those
      // of l, m, za and zc by 8 false findings that names had dropped by accident: a class or
      // function imported under another name (`import Tray from './lib/Tray'` of `class
      // TrayIcon`), whose calls CG now counts.
      // Lowered 112 -> 57 by candidate LE (callbacks of DOMContentLoaded, the page's load,
      // jQuery's ready, app's ready run once).
      // Raised 54 -> 55 by candidate CU′ (a React class component always unmounts): ganache-ui's
      // AppShell toast timer, labelled false.
      '2026-12-06': { fp: 50, tp: 1 },
      // Electron applications and Node.js servers again; judged candidate CO (a function passed
      // by name to setTimeout, then, once… is called there), which removed nothing there.
      '2026-12-06a': { fp: 31, tp: 2 },
      // Electron applications and browser code (extensions, server-rendered pages' scripts);
      // judges candidate LE (callbacks of events that fire once). True labels read twice.
      // Lowered 115 -> 101 by candidate LE, which this batch judged (kept: 14 fewer, all false).
      // Raised 100 -> 101 by candidate CU′: weweChat's App resume timer, labelled false.
      '2026-12-06b': { fp: 102, tp: 11 },
      // Electron applications with React or Vue renderers and React/Vue web applications; judged
      // candidate RC (a root-mounted component's mount hooks), which removed nothing there.
      '2026-12-06c': { fp: 5, tp: 0 },
      // RC's second judge: Electron applications with React/Vue renderers and real-time React
      // front ends; RC removed nothing there either.
      '2026-12-06d': { fp: 10, tp: 0 },
      // Node.js tools and servers; judged candidate GU (code behind a module-level not-yet flag),
      // which removed nothing there. Its one true label (lerna's gauge) became false on the
      // second reading (a terminal's stderr never pushes back: the drain branch is not reached).
      '2026-12-06e': { fp: 77, tp: 0 },
      // Angular applications and NestJS servers; judged candidate DI, which removed one finding.
      '2026-12-06f': { fp: 5, tp: 0 },
      // An Electron application and browser extensions; judged candidate CO′, which removed one
      // finding. Its six true labels were confirmed by a second reading.
      '2026-12-06g': { fp: 21, tp: 6 },
      // Angular component libraries and applications; judged candidate DI again, which removed
      // nothing there.
      '2026-12-06h': { fp: 24, tp: 5 },
      // Node.js real-time libraries and real-time clients, bots and peer-to-peer code; judged no
      // candidate (it checks the thirty-third session's reading fixes: none removes a finding).
      '2026-12-06i': { fp: 14, tp: 7 },
      // Electron applications chosen because their main process passes a function by name to
      // app ready; judged candidate CO′ again (thirty-fourth session).
      '2026-12-06j': { fp: 34, tp: 1 },
      // React and Preact class components that call setTimeout, chosen for that shape; judged
      // candidate CU′ (thirty-seventh session), which added one finding there (false).
      '2026-12-06k': { fp: 1, tp: 0 },
      // Electron applications whose renderer or preload adds ipcRenderer listeners outside
      // components, chosen for that shape; judged candidate EL-R again (thirty-ninth session),
      // which removed nothing there. Raised tp 5 -> 6 by candidate SU (super() runs the parent's
      // constructor): fishpi-desktop's Page listener, added per red packet opened, labelled true.
      '2026-12-07m': { fp: 74, tp: 6 },
      // Node.js real-time servers (game servers, a MUD engine, a video-meeting room server), the
      // first five that qualified in a helper's searches; judged candidate LA again (fortieth
      // session), which changed nothing there.
      '2026-12-07n': { fp: 79, tp: 4 },
      // Node.js MQTT brokers and a collaborative-editing server, the first five that qualified in
      // a helper's searches; judged no candidate (fortieth session).
      '2026-12-07o': { fp: 12, tp: 0 },
      // Node.js servers and bots written with callbacks (IRC bots, MUD engines), the first five
      // that qualified in a helper's searches; the clean judge of candidate CB (forty-first
      // session).
      '2026-12-07p': { fp: 25, tp: 0 },
      // Node.js servers that keep one object per connection (IRC, FTP and game servers), the
      // first five that qualified in a helper's searches; the clean judge of candidate OW
      // (forty-first session).
      '2026-12-07q': { fp: 8, tp: 0 },
      // Node.js server applications (a HomeKit server, CyTube, two IRC bouncers): four, not
      // five, qualified in the chooser's time; with the forty-third fix batch, the judge of CB
      // and OW again (forty-first session).
      '2026-12-07r': { fp: 87, tp: 0 },
      // Node.js server applications the pass read as libraries (a `main`, not private, no
      // `bin`): the first five that qualified; the judge of candidate AK (forty-second session).
      '2026-12-07s': { fp: 60, tp: 1 },
      // The same population, scanned with AK in (figures with AK on code nobody had read;
      // forty-second session).
      '2026-12-07t': { fp: 6, tp: 0 },
      // Node.js bots built from plugins a loader hands one destructured object: the first five
      // that qualified; the clean judge of candidate XD (forty-third session).
      '2026-12-07u': { fp: 54, tp: 8 },
      // Node.js game servers (a MUD, .io and room servers): the first five that qualified;
      // measurement only (forty-third session).
      '2026-12-07v': { fp: 4, tp: 1 },
      // Node.js servers that hand each connection to a function or class of their own: the first
      // five that qualified; the clean judge of candidate OP (forty-third session).
      '2026-12-07w': { fp: 63, tp: 6 },
      // Browser UI libraries that pass a named or member listener option to addEventListener:
      // the first five that qualified (names of the fix split's tuning half only); the clean
      // judge of candidates CV and FF (forty-fourth session).
      '2026-12-07x': { fp: 17, tp: 3 },
      // Projects that make observers, workers and audio contexts (browser SDKs, an extension, a
      // session recorder, snippets, a personal site): the first five that qualified (names of
      // the fix split's tuning half only); the clean judge of candidate OB, measured before OB
      // (forty-fourth session).
      '2026-12-07y': { fp: 17, tp: 4 },
      // Projects that replace objects kept in fields (an RPG engine, a Phaser game, an Atom
      // package, a React map): the only four that qualified in the chooser's time (names of the
      // fix split's tuning half only); the clean judge of candidate FO (forty-fifth session).
      '2026-12-07z': { fp: 38, tp: 4 },
      // Projects that watch files (two bundler frameworks, a build tool, a static-site generator,
      // an editor extension): the first five that qualified (names of the fix split's tuning half
      // only); the clean judge of candidate WA (forty-fifth session). Raised 40 -> 43 and 8 -> 9
      // by VX′ (kept, forty-sixth session): vscode-cpptools' three diagnostic collections made
      // once behind a module variable, and a references view made again per crash recovery.
      '2026-12-07za': { fp: 41, tp: 9 },
      // VS Code extensions: the first five that qualified (names of the fix split's tuning half
      // only); the clean judge of candidate VX (forty-fifth session). Raised 11 -> 12 by VX′ (kept,
      // forty-sixth session): cwtools-vscode's tree view, made once behind a module variable.
      '2026-12-07zb': { fp: 12, tp: 5 },
      // VS Code extensions again: the first five that qualified (names of the fix split's tuning
      // half only); the clean judge of candidate VX′ (forty-sixth session), measured with main
      // (92 false, 5 true) and VX′'s own findings (7 false, 8 true) labelled apart.
      '2026-12-07zc': { fp: 95, tp: 13 },
      // VS Code extensions with webviews: the first five that qualified (names of the fix split's
      // tuning half only); the clean judge of candidate VW (forty-sixth session), measured with
      // main (VX′ in).
      '2026-12-07zd': { fp: 38, tp: 7 },
      // Browser UI libraries that pass listener options on: the first five that qualified (names
      // of the fix split's tuning half only); the clean judge of candidate CX (forty-sixth
      // session), which changes nothing there. 50 of Photo-Sphere-Viewer's 56 are listeners on
      // its components' own container elements, made by their base class's constructor.
      '2026-12-07ze': { fp: 62, tp: 0 },
      // VS Code extensions with webviews and cancellation tokens: the first five that qualified
      // (names of the fix split's tuning half only); the clean judge of candidate VP
      // (forty-seventh session), measured with main before VP.
      '2026-12-08a': { fp: 108, tp: 2 },
      // jQuery-era browser code: the first five that qualified (names of the fix split's tuning
      // half only); the clean judge of candidates JB and JB′ (forty-seventh session), measured
      // with main.
      '2026-12-08b': { fp: 25, tp: 3 },
      // Applications with singleton services (getInstance, static instance): the first five that
      // qualified (names of the fix split's tuning half only); the clean judge of candidates LS
      // and LS′ (forty-eighth session), which remove nothing there.
      '2026-12-08c': { fp: 19, tp: 3 },
      // VS Code extensions read as libraries: three that qualified (the session's fetch budget
      // ran out before five; names of the fix split's tuning half only); the clean judge of
      // candidate VA (forty-eighth session), measured with main before VA.
      '2026-12-08d': { fp: 5, tp: 3 },
    } as const;
    // Lowered by the forty-seventh session's VP (a webview panel's own events where it was just
    // made or handed in, a request's or progress's cancellation token): 2026-12-07za 43 -> 41,
    // zc 99 -> 95 (3 by VP, 1 the ceiling had to spare), zd 49 -> 38 (read before VP was
    // written) and 2026-12-08a 128 -> 108 (its judge): 36 false findings in all, no true one.
    // Lowered by the forty-second session's AK (a package whose main exports nothing, or that
    // its start script runs, is an application): 2026-12-05i, z, 2026-12-06, 2026-12-07n, o, p
    // and s, 29 false findings in all.
    // Lowered to the figures of the thirty-second session: its reading fixes NH′, OG, CS and EG′
    // removed false findings in most of these batches; 2026-12-05f and 2026-12-06g, and part of
    // n, p, w and 2026-12-06e, had been lowered by earlier sessions without their ceilings.
    // Lowered again by the thirty-third session's DE (a directive's own element): 2026-12-05g, t,
    // u, v and 2026-12-06h (t had also been lowered earlier without its ceiling); and by its AE
    // (an Angular component's ElementRef): 2026-12-05w, tabby; and by its OT′ (a { once: true }
    // listener for the end of a press or a click): 2026-12-05w and y; and by its DD (the DOM adds a
    // module-level listener once): 2026-12-05k, n and 2026-12-06; and by its AR (a routed Angular
    // component's own route): 2026-12-05f and 2026-12-06h; and by its CR (an output of a
    // component one made): 2026-12-06h; and by its OG′ (a getter over a part of a made object):
    // 2026-12-05l and m.
    // Raised on purpose by OB (forty-fourth session, kept by its criteria): the observers,
    // workers and audio contexts it reports add false findings to 2026-12-05j, k, n, o,
    // 2026-12-06b, d and 2026-12-07x (page and extension scripts' observers made once per page,
    // one-per-element observers) and true ones to n (youtube-music's plugins and visualizer, 3);
    // on its own judge 2026-12-07y (measured before OB: 13 false, 4 true) it adds 4 false and 2
    // true ones.
    const inDefault: readonly string[] = DEFAULT_RULES;
    const check = (label: string, ps: readonly CleanProject[], c: { fp: number; tp: number }) => {
      const fs = ps.flatMap((p) => p.findings).filter((f) => inDefault.includes(f.rule));
      expect(fs.filter((f) => f.verdict !== 'tp').length, `${label} false`).toBeLessThanOrEqual(
        c.fp,
      );
      expect(fs.filter((f) => f.verdict === 'tp').length, `${label} true`).toBeGreaterThanOrEqual(
        c.tp,
      );
    };
    for (const set of ['held-out', 'tuning'] as const)
      check(
        set,
        projects.filter((p) => p.set === set && p.batch === undefined),
        CEILING[set],
      );
    for (const [batch, c] of Object.entries(BATCH_CEILING))
      check(
        `batch ${batch}`,
        projects.filter((p) => p.batch === batch),
        c,
      );
    expect(projects.filter((p) => p.batch !== undefined && !(p.batch in BATCH_CEILING))).toEqual(
      [],
    );
  });

  it('README figures and category ranking are the ones the labels give', () => {
    expect(between(readme, MARKERS.figures)).toBe(figuresTable(projects));
    expect(between(readme, MARKERS.categories)).toBe(categoriesTable(projects));
  });

  it('README names every project with its commit and licence', () => {
    for (const p of projects) {
      expect(readme).toContain(p.repo);
      expect(readme).toContain(p.commit);
      expect(readme).toContain(p.licence);
    }
  });

  it('figures add up: true + false = findings, per project and per set', () => {
    for (const set of ['held-out', 'tuning'] as const) {
      const f = figuresOf(projects.filter((p) => p.set === set));
      expect(f.tp + f.fp).toBe(f.findings);
      expect(f.unlabelled).toBe(0);
      expect(f.lines).toBeGreaterThan(10_000);
    }
  });
});

describe('a project recorded but not scanned yet', () => {
  it('has no findings list, which scan-clean reads as nothing to keep and leaves out of its figures', () => {
    const scanned = loaded[0]!.project;
    const { findings: _dropped, ...bare } = scanned;
    expect(recordedFindings(scanned)).toBe(scanned.findings);
    expect(recordedFindings(bare as CleanProject)).toBeNull();
    // A list that is not one is no findings list either (the committed files are checked above).
    expect(recordedFindings({ ...scanned, findings: {} } as unknown as CleanProject)).toBeNull();
  });
});

describe('file selection globs', () => {
  it('matches ** across folders, * within one, and {a,b}', () => {
    expect(globToRegExp('lib/**').test('lib/a/b.js')).toBe(true);
    expect(globToRegExp('**/test/**').test('test/a.js')).toBe(true);
    expect(globToRegExp('**/test/**').test('src/test/a.js')).toBe(true);
    expect(globToRegExp('**/test/**').test('src/tests.js')).toBe(false);
    expect(globToRegExp('*.js').test('lib/a.js')).toBe(false);
    expect(globToRegExp('src/*.{js,ts}').test('src/a.ts')).toBe(true);
    expect(globToRegExp('**/*.d.ts').test('index.d.ts')).toBe(true);
  });

  it('rejects an unclosed brace, naming the glob (it looped for ever before)', () => {
    expect(() => globToRegExp('src/{a,b/**')).toThrow('unclosed { in the glob "src/{a,b/**"');
  });

  it('drops tests, examples, benchmarks, docs, vendored and declaration files', () => {
    const paths = [
      'lib/server.js',
      'lib/server.test.js',
      'lib/types/index.d.ts',
      'lib/vendor/x.js',
      'lib/x.min.js',
      'test/a.js',
      'examples/b.js',
      'benchmarks/c.js',
      'docs/d.js',
      'lib/e2e/f.js',
      'README.md',
    ];
    expect(selectFiles(paths, ['**'], COMMON_EXCLUDE)).toEqual(['lib/server.js']);
  });
});
