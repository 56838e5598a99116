// The corpus of real leak fixes (scan-corpus/fixes/, issue #16): every case is well formed and
// on the right side of the split, and the scanner's recall on each half and class does not fall
// below what it was when the floor was recorded (a ratchet). The targets are printed
// next to the figures; they are not met yet and are not asserted.
//
// Time: the whole evaluation (one untyped scan of ~171k lines in 340 files, one typed program
// over the `types` cases) took 7–14 s alone at load 10–17 (29 s once, the first run after the new files were written) on the shared 2-core machine with the
// batch of 2026-12-03 in (about 8 s idle before it), and 40 s inside `vitest run test/scan` at
// load 13–15, where the other test files run beside it.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  BATCHES,
  CLASSES,
  EXCLUDED_REPOS,
  HALVES,
  evaluateFixes,
  formatFixes,
  halfOf,
  headOf,
  loadCases,
  loadLabels,
  validateCase,
  type CaseClass,
  type Half,
} from './eval/fixes.js';
import { licenceTable } from './eval/fixes-readme.js';
import { FP_CATEGORIES } from '../../scripts/scan-clean-lib.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'scan-corpus', 'fixes');

/**
 * Cases caught when the floor was last measured (untyped scan; `types typed` is the typed scan
 * of the `types` cases). Raise a number when the scanner catches more; never lower one to make
 * the test pass — a lower count is a regression (or a case that was removed: say so in the
 * commit).
 */
// Lowered once, tuning syntactic 19 -> 15 (then +2 from the new batch: 17), on purpose: the three
// no-unpaired-teardown branches on probation were removed by the decision criteria written before
// the batch of 2026-12-03 was read (scan-corpus/fixes/README.md); they had caught automerge-repo
// 16b7fa5, codemirror 03bfdb0, signalk-server 9990bae and nats.js d1abfa1, all tuning, and no
// case of the batch. Held-out 8 -> 16 is the batch's 8 held-out catches.
// Lowered once more, tuning syntactic 17 -> 15 and runtime 2 -> 1, on purpose: the floors are of
// the default set (what `leakguard scan` runs), and no-repeated-registration became opt-in
// (issue #16's overfitting rule): its 3 catches were all tuning cases, none held-out in either
// the first split or the batch of 2026-12-03. With it enabled they come back (the evaluation's
// "enabling the opt-in rules" line).
// Held-out syntactic 16 -> 17 when no-overwritten-timer left the default set: socketcluster-client
// f317373's never-cleared interval, reported as an overwrite on both sides of the fix before, is
// now no-unmanaged-timer's "never cleared", and the fix removes it.
// Tuning 15 -> 16 and held-out 17 -> 18 with no-partial-cleanup (primus 940cb1d, the case it was
// designed on; knex 10a6505, held-out), which adds no after-file or clean finding.
// Tuning 16 -> 17 and held-out 18 -> 22 with the second fresh batch (2026-12-03b): its catches
// (yjs e9a0dc4; apollo-server 31028e7, centrifuge-js 52a1ee9, sequelize df9676b, tedious
// b2f618a), made by the rules as they were before the batch was read.
// Held-out 22 -> 26 with the third fresh batch (2026-12-03c): etherpad-lite ac0018c, excalidraw
// 4eac0c1 and d0c6468, twilio-video.js 2e98ab9, made by the rules as they were before it was read.
// Tuning 17 -> 18 and held-out 26 -> 27 when a listener added per request that nothing removes
// became no-unmanaged-listener's again (SignalK b73a7fb; mocha 35a50c6, held-out), 2026-12-04.
// Held-out 27 -> 32 with the fourth fresh batch (2026-12-04): apexcharts.js 033440f and 820ae69,
// floating-ui 9c078d5 and bf90853, turbo 9cd58e4, made by the rules as they were before it was read.
// Held-out 32 -> 33 when local names of one object became one identity (`const con =
// connection`, `this.conn = conn` in any function, `const ev = config.eventName`): dexie d4c5958,
// whose fix removes the listener through `init.signal` while it was added on a local read from it
// (2026-12-04, twelfth session; tuning unchanged).
// With the fifth fresh batch (2026-12-04b, fourteenth session), made by the rules as they were
// before it was read: tuning syntactic 18 -> 19 (tiptap 976b8e3); held-out syntactic 33 -> 43
// (SIP.js 1fe3ead, 5747a06 and dc8a3b5, playcanvas 0fa0539 and 786a4e2, hocuspocus 886bb71,
// webdriverio dadb94b, xmpp.js 84956d3, mercurius 0a030ee, lexical 2f66541), held-out types and
// types typed 1 -> 3 (SIP.js 20ac336, hocuspocus d99ce92).
/**
 * Held-out syntactic cases whose before file has a finding about the leak, caught or not
 * (measured 2026-12-04: 40 of 93, of which 33 caught; 50 of 112, 43 caught, with the fifth
 * batch). A floor, like FLOOR.
 */
const HELD_OUT_SYNTACTIC_SEEN = 125;

// With the sixth fresh batch (2026-12-04c), made by the rules as they were before it was read:
// tuning syntactic 19 -> 20 (htmx 8bbcc23; thelounge 1385b95, caught too, turned out
// not-a-leak on a closer reading and was reclassified); held-out syntactic 43 -> 49
// (howler.js a215249, livewire c0db635, whatsapp-web.js 5b8db75, execa b8e9581, bolt-js
// 57c29fc__2, SvelteKit 6df9d33); seen 50 -> 56 of 129.
// With the seventh fresh batch (2026-12-04d): tuning syntactic 20 -> 21 (laravel/echo 76136ef);
// held-out syntactic 49 -> 53 (testcafe 76e8e9f and a7a45c9, nightwatch d307da2__2, remix
// 8864292); seen 56 -> 61 of 138.
// With the eighth fresh batch (2026-12-05, fifteenth session; candidate X in place, which the
// batch judged: it hides none of its cases): tuning syntactic 21 -> 23 (Excalibur 481d5bb, slate
// fc249cb); held-out syntactic 53 -> 59 (phaser 34aff35, 44f93cd, 8c4e2ff, b03768b, c37a363,
// log4js-node 2c94c6e); seen 61 -> 67 of 144.
// With the ninth fresh batch (2026-12-05b, seventeenth session; held-out repositories only, main's
// rules): held-out syntactic 59 -> 68 (uppy 2608037, 9c9c76d, 0bb0b87, 3bbddf8; matrix-react-sdk
// ac4046f, c612014, 6f092c4; adonisjs core 49a6632; react-three-fiber f71b118); seen 67 -> 76 of
// 160.
// With the tenth fresh batch (2026-12-05c, eighteenth session; held-out repositories only, main's
// rules): held-out syntactic 68 -> 71 (dd-trace-js 0fda1f7, 35581a9, e92a0d6); seen 76 -> 80 of
// 169.
// With the eleventh fresh batch (2026-12-05d, twenty-first session: leak fixes in .vue and .svelte
// files, read since this session, main's rules): tuning syntactic 23 -> 27 (carbon-components-svelte
// 6b71325, skeleton 04dfa82, primevue 0f362e7, rancher dashboard c4614a0); held-out syntactic
// 71 -> 75 (homer 0b12a55, 8315245, 8953965; koel 4d0a224); seen 80 -> 84 of 184.
// With the twelfth fresh batch (2026-12-05e, twenty-first session: leak fixes in .vue files from
// held-out repositories only, main's rules, candidate V not in): held-out syntactic 75 -> 82
// (skywalking-booster-ui d0ebdef, streampark 83e61a1, vue-echarts 9b40106, heyui e7865e6,
// vue-grid-layout ac6728c, ac6728c__2 and d374067); seen 84 -> 92 of 202.
// With the thirteenth fresh batch (2026-12-05f, .vue fixes from held-out repositories, main's
// rules; candidate V′ not in, and it caught nothing there): held-out syntactic 82 -> 83
// (vue-notification 2da453d); seen 92 -> 93 of 210.
// With the fourteenth fresh batch (2026-12-05g, twenty-second session: Vue and DOM component
// libraries, both halves, main's rules; candidate H not in, and it caught nothing there): tuning
// syntactic 27 -> 34 (bootstrap-vue 10cb3a9, c71352d, cf2bfca; mand-mobile abe76d6, bf377a3;
// muse-ui 253731d, b8d42fb); held-out syntactic 83 -> 85 (vue-router 4c81be8__1, __2); seen
// 93 -> 95 of 220.
// With the fifteenth fresh batch (2026-12-05h: DOM and component libraries, both halves, main's
// rules; candidate H′ not in, and it caught nothing there): nothing caught in either half (0 of 9
// held-out and 0 of 10 tuning syntactic cases); seen 95 -> 97 of 229.
// With the sixteenth fresh batch (2026-12-05i: Vue component libraries and an admin app, both
// halves, main's rules; candidate T not in, and it made no new catch there): tuning syntactic
// 34 -> 36 (quasar e8ac010, reka-ui 74872bb); held-out syntactic 85 -> 86 (chakra-ui-vue
// b13a14c), held-out types and types typed 3 -> 6 (vue-pure-admin c06ce94, __2, __3: classed
// `types` by their helper, the shared emitter being imported through a path alias, and caught
// untyped); seen 97 -> 98 of 234.
// Seen lowered on purpose, 98 -> 96, by a correction (twenty-second session): a DOM helper called
// as a method with an array of events or an event constant where the listener goes
// (`_.on(document, ['keydown', 'keyup'], fn)` in pickr f8cfd0c, `$.addListener(el, EVENT_LOAD,
// fn)` in cropperjs f6d84b9) is no longer read as an emitter registration on `_` or `$`. Those
// findings were on the leak's line but said the wrong thing, and neither case was caught.
// With the seventeenth fresh batch (2026-12-05j, twenty-third session: Vue component libraries,
// both halves, main's rules; candidate T′ not in, and it made no new catch there): tuning
// syntactic 36 -> 38 (vue-virtual-scroller 39868f7, vue-slider-component 1901049); held-out
// syntactic 86 -> 88 (vuesax 247db52, ba8777f); seen 96 -> 98 of 243.
// With candidate R (twenty-third session: a removal on another object than the listener was added
// to, no-listener-identity-mistake): tuning syntactic 38 -> 39 (vuetify dfc257f, what R was
// written from); held-out unchanged (heyui e7865e6 and excalidraw 4eac0c1, R's shape, were caught
// before as listeners nothing removes).
// With candidate R2 (a removal given the listener without the event name): tuning syntactic 39 ->
// 40 (discord.js f9a7947, what R2 was written from); held-out syntactic 88 -> 89 (uppy 6e17e26);
// seen 98 -> 99 of 243.
// With candidate U (twenty-fourth session: a Vue component's UI-library instance nothing ends,
// no-discarded-disposable): tuning types 0 -> 6 and types typed 1 -> 7 (vue-tippy 138eb3d,
// 7d81998; bootstrap-vue-next 1c54484, a9491b4; cube-ui c117842; filebrowser ae893ab, what U was
// written from); held-out syntactic 89 -> 91 (vue-vben-admin 3819430, Vue2Leaflet 7449de0); seen
// 99 -> 100 of 243.
// With the eighteenth fresh batch (2026-12-05k, twenty-fourth session: UI libraries, admin
// applications and players, both halves, main's rules with U and EL′ in): tuning syntactic 40 ->
// 43 (DPlayer 5be01ad__1, __2, __3); held-out syntactic 91 -> 95 (d2-admin f6d665e,
// echarts-for-react 2346edc, wavesurfer.js 12dd87f, tui.editor 84642fc__2), held-out types and
// types typed 6 -> 7 (monaco-editor 6b85481); seen 100 -> 105 of 253.
// With the nineteenth fresh batch (2026-12-05l, twenty-fifth session: carousels, components,
// players and clients, all held-out, main's rules; candidates RT and RT′ not in, and neither made a
// catch there): held-out syntactic 95 -> 101 (nuka-carousel 494a35c, react-slick f704b92,
// react-player 0f7b684, reactstrap 1d5ce83, shoelace 0b44fba, supabase-js 9e8c573), held-out
// runtime 0 -> 1 (mediaelement b74cbd2); seen 105 -> 111 of 285.
// With candidate JQ (twenty-fifth session: jQuery's page-level wrappers, kept) and the twentieth
// fresh batch (2026-12-05m, jQuery plugins, which main alone catches none of): held-out syntactic
// 101 -> 107 — bootstrap-select 7917fbd and ed51e69, bootstrap-datepicker 5f7f4c1 on the batch
// that judged JQ; glide 2eac314, slick 3898d2d and tui.grid eaa4ec5 of the nineteenth batch, whose
// descriptions were read before JQ was written; seen 111 -> 118 of 293.
// With the twenty-first fresh batch (2026-12-05n, React libraries, main's rules; candidate RR not
// in, and it made no catch there): held-out syntactic 107 -> 114 (grommet 3788b4c, b1562e2,
// d2eb480, react-select 5001083, react-tooltip 77f4c2b, Semantic-UI-React 0651bd1, primereact
// eeb1b43); seen 118 -> 125 of 319.

// With the twenty-second fresh batch (2026-12-05o, server-side and real-time repositories, a
// measure of main): held-out syntactic 114 -> 114 (0 of 7); tuning 43 -> 47 (kiwiirc 14adf7b,
// 21019f3, 633f6b9, e706f22).
// With the twenty-third fresh batch (2026-12-06h, Vue and React UI libraries, all held-out) and
// candidate AW (thirtieth session: a listener a watcher adds to the page and removes by a value,
// never on unmount; kept): main's rules catch 4 of the batch's 11 held-out syntactic cases (reach-ui
// 8b7f134, design-system-react cb24216, zent 5a2ee4a, 8a6d8c7), AW 1 more (tdesign-vue 912136e) and
// tdesign-vue-next 9fdcf45 of an earlier batch: held-out syntactic 114 -> 120 of 337; tuning
// 47 -> 51 (varlet ac2cff6, vuetify 3176463, a72df88, e7c6ed5, the cases AW was written from).
// With the twenty-fourth fresh batch (2026-12-06i, held-out: markercluster, vuex, vitepress,
// motion, viewerjs, react-component's slider, table, menu and tabs) and candidate UD (a removal given
// a listener undefined where it runs; kept): main catches 2 of the batch's 9 held-out syntactic
// cases (markercluster e0d2616, e894b31), UD grommet e854b2c of an earlier batch: held-out
// syntactic 120 -> 123 of 346; tuning 51 -> 53 (vue-leaflet 297c6f8, ant-design-vue 9855e43).
// With the twenty-fifth fresh batch (2026-12-06j, held-out Vue libraries: vue-ydui, vonic,
// vue-touch, vue-admin, better-scroll) and candidate PT (an element a Vue component moves out of
// its tree and never takes out; kept): main catches 3 of the batch's 12 held-out syntactic cases
// (vue-ydui 5e04de1, c35d0ab, and vonic 086954b by UD), PT vue-final-modal bfd7b77 of an earlier
// batch: held-out syntactic 123 -> 127 of 358; tuning 53 -> 55 (mand-mobile 0483ac7, b47ed2f).
// With the twenty-sixth fresh batch (2026-12-06k, held-out Node.js clients and servers: faye,
// binance, rhea-promise, node-imap, aedes, wreck; main's rules, candidate OP not kept and it
// caught none of them): main catches 5 of its 6 held-out syntactic cases (aedes 89329c3,
// node-imap b73f325, binance afff841, b9e76d1, ebbe7d8): held-out syntactic 127 -> 132 of 364.
// With the twenty-seventh fresh batch (2026-12-06l, held-out Node.js libraries of the ES5 era:
// dnode, blessed, term.js, connect-mongo, loopback-datasource-juggler, node-tunnel, tty.js; main's
// rules, candidate PS not kept): main catches 4 of its 10 held-out syntactic cases (blessed
// 29c9d15, debbc86, connect-mongo b039309, dnode d96b44f): held-out syntactic 132 -> 136 of 374.
// Candidate EG′ (an early exit on a flag the file never sets back, module-level or on the
// receiver) catches blessed c488c08, whose fix is such a guard: held-out syntactic 136 -> 137.
// With the twenty-eighth fresh batch (2026-12-06m, held-out: fastify-websocket, seneca, hemera,
// backbone.marionette, bacon.js, hammer.js, react-navigation, jasmine, bluebird; main's rules with
// the thirty-second session's reading fixes, none of which changes a finding there): main catches 2
// of its 13 held-out syntactic cases (react-navigation 000f7ba, seneca 408a2e8): 137 -> 139 of 387.
// Raised by the twenty-ninth fresh batch (2026-12-06n, thirty-third session), where main caught 1
// of its 15 held-out syntactic cases (cyclejs 5b5ce9b): 139 -> 140 of 402.
// Raised by the thirtieth fresh batch (2026-12-06o, thirty-fifth session), where main caught 1
// of its 7 held-out syntactic cases (p-timeout b92608a): 140 -> 141 of 409.
// Raised by the thirty-first fresh batch (2026-12-06p, thirty-sixth session, from the tuning half
// only), where main caught 2 of its 9 tuning syntactic cases (p-queue e9074f0, stencil c1c574b):
// tuning 55 -> 57 of 143.
// Raised by the thirty-second fresh batch (2026-12-06q, thirty-sixth session, tuning half only),
// where main caught 5 of its 22 tuning syntactic cases (electron-log 31e58d7, mockttp 65e7575,
// electron-context-menu 75f1e19, p-retry 81608ce and 95a3a4a): tuning 57 -> 62 of 165.
// Raised by candidate CU′ (thirty-seventh session: a React or Preact class component without
// componentWillUnmount() is read as having one for the timer rules), which catches 4 held-out
// cases main missed (primereact 60800f0 and 96cc7f8, reactstrap 5e0f5d2, evergreen a716f4e):
// held-out 141 -> 145 of 409.
// Raised by the thirty-third fresh batch (2026-12-06r, thirty-seventh session, held-out), where
// main caught 1 of its 6 held-out syntactic cases (react-joyride 24fe5e9, through a declared
// componentWillUnmount(); CU′ adds nothing there): 145 -> 146 of 415.
// Raised by the thirty-fourth fresh batch (2026-12-07, thirty-eighth session, held-out, from
// repositories two helpers chose by a written rule), where main caught 4 of its 14 held-out
// syntactic cases (threads.js 9009590, mapbox-gl-draw c230ca1, tabulator 02edb29 and 7d7d259)
// and 1 of its 5 runtime ones (ssh2-sftp-client 4397af1): 146 -> 150 of 429, runtime 1 -> 2.
// Raised, held-out types typed 7 -> 8, when tools/fetch-types.ts was run again for all 128 types
// cases (it had last run for 21): final-form's declarations make react-final-form ab65f3a's
// discarded registerField() unsubscribe function visible to the typed scan.
// Raised by the thirty-fifth fresh batch (2026-12-07b, thirty-eighth session, held-out), where
// main caught 1 of its 10 held-out syntactic cases (fork-ts-checker-webpack-plugin be2add9):
// 150 -> 151 of 439.
// Raised by the thirty-sixth fresh batch (2026-12-07c, thirty-eighth session, held-out), where
// main caught 4 of its 9 held-out syntactic cases (react-virtuoso 0444e35 and 98d828c, drei
// 7bf7bf6 and c147c2b): 151 -> 155 of 448.
// Raised by the thirty-seventh fresh batch (2026-12-07d, thirty-eighth session, held-out), where
// main caught 5 of its 16 held-out syntactic cases (BlockNote 4793434 and 5a0173e, remirror
// 3b5ac4b, y-prosemirror 8359016 and 90ddee1) and 1 of its 4 types cases, untyped and typed
// (crawlee 25f5665): 155 -> 160 of 464, types 7 -> 8, types typed 8 -> 9.
// Raised by the thirty-eighth fresh batch (2026-12-07e, thirty-ninth session, held-out), where
// main caught 1 of its 5 held-out syntactic cases (vscode-go 070d2fa) and none of its 4 types
// cases: 160 -> 161 of 469.
// Raised by the thirty-ninth fresh batch (2026-12-07f, fortieth session, held-out), where main
// caught 5 of its 14 held-out syntactic cases (media-server-node 3bfed97, pinus 722352c,
// werift-webrtc 28069cb and 552889d, laravel-echo-server caef4e9): 161 -> 166 of 483.
// Raised by the fortieth fresh batch (2026-12-07g, fortieth session, held-out), where main caught
// 3 of its 7 held-out syntactic cases (popmotion 9bf584c, icestark c71f90d, navigo e83a4ba) and
// 1 of its 14 runtime cases (hybrids c64f4fd): 166 -> 169 of 490, runtime 2 -> 3.
// Raised by the forty-first fresh batch (2026-12-07h, forty-first session, held-out), where main
// caught 6 of its 14 held-out syntactic cases (ol-ext 0945e6c and 23f8f97, graphile/worker
// 150beee and e714bd0, opossum 91e2dbe, redis-smq 4d3a066) and none of its 3 types cases:
// 169 -> 175 of 504.
// Raised by the forty-second fresh batch (2026-12-07i, forty-first session, held-out), where main
// caught 3 of its 8 held-out syntactic cases (js-libp2p-gossipsub a8302f9, node-red-contrib-chatbot
// d9ffb6a, ipfs-pubsub-room 74d57da) and none of its 1 types case: 175 -> 178 of 512.
// Raised by the forty-third fresh batch (2026-12-07j, forty-first session, held-out), where main
// caught 3 of its 7 held-out syntactic cases (100ms web-sdks 27d6e0d, twilio-voice.js 75cdb58 and
// e9d5dd8) and none of its 2 types cases: 178 -> 181 of 519.
// Raised by the forty-fifth fresh batch (2026-12-07l, forty-third session, held-out), where main
// caught 3 of its 11 held-out syntactic cases (IxJS d4de33b, node-ble 6611591, emittery e69b67d)
// and none of its 2 types cases: 181 -> 184 of 545.
// Raised by the forty-sixth fresh batch (2026-12-07m, forty-third session, held-out), where main
// caught 2 of its 13 held-out syntactic cases (camunda-8-js-sdk 405595a, keystone-classic
// da8fe4e) and none of its 2 types cases: 184 -> 186 of 558.
// Raised by the forty-seventh fresh batch (2026-12-07n, forty-third session, held-out), where main
// caught 3 of its 12 held-out syntactic cases (rabbitmq-stream-js-client ffb6727, node-ssdp
// 15f0e0b, http-terminator 5cdff64) and none of its types case: 186 -> 189 of 570.
// Raised by the forty-eighth fresh batch (2026-12-07o, forty-fourth session, held-out), where main
// caught 3 of its 18 held-out syntactic cases (react-scroll d9d0240, material-components-web
// 5511c52 and d928692) and none of its 4 types cases: 189 -> 192 of 588.
// Raised by the forty-ninth fresh batch (2026-12-07p, forty-fourth session, held-out), where main
// caught 9 of its 19 held-out syntactic cases (ui-grid 213ea78, G2 adc3db3, G6 bcd0804 and
// f5311dd, Choices d5dd9cd, material-web 124beb4 and 4c38f80, angular-strap 2c50973, filepond
// c7278b0) and 1 of its 3 types cases, untyped and typed (carbon-components-angular 4b3d903):
// 192 -> 201 of 607, types 8 -> 9, types typed 9 -> 10.
// Raised by the fiftieth fresh batch (2026-12-07q, forty-fourth session, held-out), where main
// caught 4 of its 13 held-out syntactic cases (squoosh 1562a07, glide-data-grid d9d92b1,
// livekit agents-js d610388, pipecat-client-web 86d79a0) and none of its 4 types cases:
// 201 -> 205 of 620.
// Raised by candidate OB (forty-fourth session, kept: an observer, worker or audio context made
// per instance or call and never ended): held-out squoosh bc5ce0a (its fresh judge, the fiftieth
// batch) and react-slick ed933c6, lexical 42cf489, react-component/menu b1242f9 and xyflow
// 5124b6b (read before OB was written): 205 -> 210 of 620.
// Raised by the fifty-first fresh batch (2026-12-07r, forty-fifth session, held-out), where main
// caught 5 of its 14 held-out syntactic cases (Dart-Code 238f68f, cline 97f740b, electric
// cd29400, epub.js 326238c and 326238c__2) and 1 of its 4 types cases typed only
// (vscode-codeql f114ca0): 210 -> 215 of 634, types typed 10 -> 11. The fifty-second batch
// (2026-12-07s) added 15 held-out syntactic cases and main caught none: 215 of 649.
// Raised by the fifty-third fresh batch (2026-12-07t, forty-fifth session, held-out, a
// measurement), where main caught 4 of its 13 held-out syntactic cases (element-call b061cbf,
// y-sweet 1a7bf1a, mtcute f0451d5 and f0451d5__2), and the fifty-fourth (2026-12-07u), where it
// caught 3 of 13 (tsup 44c88a7, julia-vscode 499a535, playwright-vscode f0826d8); none of their
// 10 types cases: 215 -> 222 of 675.
// Raised by the fifty-fifth fresh batch (2026-12-07v, forty-fifth session, held-out: VS Code
// extensions), where main caught 4 of its 14 held-out syntactic cases (ruby-lsp f5cf704,
// vscode-clangd 8d5ad44, vscode-test-explorer 3c8e586, gutter-preview cfdeac5) and 1 of its 3
// types cases typed only (vscode-test-explorer c558b9e): 222 -> 226 of 689, types typed 11 -> 12.
// Raised by the fifty-sixth fresh batch (2026-12-07w, forty-sixth session, held-out: VS Code
// extensions), where main caught 2 of its 15 held-out syntactic cases (svn-scm 4cfc1c6,
// vscode-todo-md daf35b2); it has no types case: 226 -> 228 of 704.
// Raised by VX′ (kept, forty-sixth session: VS Code disposables dropped or never disposed), which
// catches 2 cases of that batch main missed (vscode-restclient c86b377, svn-scm 953052d) and 5 of
// the read corpora (vscode-clangd 15c7b62, vscode-coder a6cf037, esp-idf cd80e28, vscode-codeql
// 5ba5584, vscode-pull-request-github 65c1972): 228 -> 235 of 704.
// Raised by the fifty-seventh fresh batch (2026-12-07x, forty-sixth session, held-out: VS Code
// extensions with webviews), where main (with VX′) caught 7 of its 12 held-out syntactic cases
// (aws-toolkit-vscode 06b390d and 1f1c294, vscode-front-matter a320ea0, markmap-vscode 65a5d42,
// vscode-hexdump c0c9ae9, twinny e3b6d23, vscode-mermaid-preview 17175cd) and none of its 3
// types cases: 235 -> 242 of 716.
// Raised by the fifty-eighth fresh batch (2026-12-07y, forty-sixth session, held-out: browser UI
// libraries and interaction utilities), where main caught 5 of its 14 held-out syntactic cases
// (react-zoom-pan-pinch 6e35b3a, json-editor 29bb42e, aos 2915865, react-medium-image-zoom
// f440594, simplemde 4fe8ad6) and not its types case: 242 -> 247 of 730.
// Raised by the fifty-ninth fresh batch (2026-12-08a, forty-seventh session, held-out: VS Code
// language and webview extensions), where main caught 2 of its 10 held-out syntactic cases
// (vscode-debugadapter-node 3b207d5, vscode-vlang 3ea4a70) and not its types case: 247 -> 249 of
// 740.
// Raised by the sixtieth fresh batch (2026-12-08b, forty-seventh session, held-out: jQuery plugins
// and jQuery-era applications), where main caught 2 of its 17 held-out syntactic cases (brackets
// e1e8252, wekan e2d0faa): 249 -> 251 of 757.
// Raised by the sixty-first fresh batch (2026-12-08c, forty-eighth session, held-out: Node.js
// servers and bots, VS Code extensions and Electron apps), where main caught 3 of its 15 held-out
// syntactic cases (camunda-modeler 36f2a2c, powerplatform-vscode 4aee82c, muse 812d01e) and not
// its 2 types cases: 251 -> 254 of 772.

const FLOOR: Record<Half, Record<CaseClass | 'types typed', number>> = {
  tuning: { syntactic: 62, types: 6, runtime: 1, 'not-a-leak': 0, 'types typed': 7 },
  'held-out': { syntactic: 254, types: 9, runtime: 3, 'not-a-leak': 0, 'types typed': 12 },
};

/**
 * False findings (labelled fp or not labelled) on the after/ files when the ceiling was last
 * measured, after the exemptions of issue #16. Lower a number when the scanner reports fewer;
 * never raise one to make the test pass: label the new findings and fix the rule instead.
 */
// Held-out raised once, 57 -> 64, on purpose: the recall rule no-unpaired-teardown (+4 tuning and
// +1 held-out cases caught) reports 7 held-out after-file findings, all labelled false (per-call
// ack deadlines, receivers made by open() and destroyed by close(), a 1 s load retry); the
// precision branch that set 57 and the recall branch met at this merge.
// Raised once more, tuning 26 -> 33, on purpose: the after files of the batch of 2026-12-03 add 7
// tuning false findings (and 8 held-out ones, which the removal of the three probation branches
// of no-unpaired-teardown offsets: -7 held-out), every one labelled.
// Lowered, tuning 33 -> 28 and held-out 64 -> 54, when no-repeated-registration became opt-in:
// its after-file findings (5 tuning, 9 held-out, all false) are not in the default set.
// Lowered, tuning 28 -> 24 and held-out 54 -> 48, when no-overwritten-timer became opt-in (its
// false after-file findings: 4 tuning, 6 held-out).
// Raised, tuning 24 -> 26 and held-out 48 -> 52, on purpose: the after files of the second fresh
// batch (2026-12-03b) bring 2 tuning and 4 held-out false findings, every one labelled; no rule
// changed.
// Raised, tuning 26 -> 29 and held-out 52 -> 59, on purpose: the after files of the third fresh
// batch (2026-12-03c) bring 3 tuning and 7 held-out false findings, every one labelled; no rule
// changed.
// Raised, tuning 29 -> 32 and held-out 59 -> 71, on purpose: the after files of the fourth fresh
// batch (2026-12-04) bring 3 tuning and 12 held-out false findings, every one labelled (and 10
// true ones, in ssh2 ad742db's after file, whose fix was broken by a typo upstream fixed next);
// no rule changed.
// Lowered, tuning 32 -> 30 and held-out 71 -> 67, when local names of one object became one
// identity: node-postgres 8faf8a0 (tuning), dexie d4c5958, floating-ui bf90853 and superagent
// dc18679 (held-out) remove their listeners through another name of the receiver.
// Raised, held-out 67 -> 75, on purpose: the after files of the fifth fresh batch (2026-12-04b)
// bring 8 held-out false findings (and 10 true ones: hocuspocus 886bb71 and d99ce92, playcanvas
// 75d6996), every one labelled; no rule changed.
// Raised, tuning 30 -> 32 and held-out 75 -> 85, on purpose: the after files of the sixth fresh
// batch (2026-12-04c) bring 2 tuning and 10 held-out false findings (and 7 true ones: whatsapp-web.js
// listeners re-added on every navigation, a home-assistant reconnect timer, a thelounge
// keep-alive interval), every one labelled; no rule changed.
// Raised, tuning 32 -> 44 and held-out 85 -> 90, on purpose: the after files of the seventh fresh
// batch (2026-12-04d) bring 12 tuning false findings (10 of them guarded or once-only window and
// document listeners in phoenix_live_view's LiveSocket) and 5 held-out ones (and 5 true ones:
// nightwatch process listeners its fix left, phoenix_live_view's removeEventListener with `this`),
// every one labelled; no rule changed.
// Lowered, tuning 44 -> 43: candidate X (an exported entry's listener on its first parameter,
// kept by the second fresh clean batch, scan-corpus/clean/README.md) removed vite e58de47's
// after-file false finding; on the held-out half it removed one labelled true finding
// (prosemirror-view 7a75e6c `initInput(view)`), so the false count there stays 90.
// Raised, tuning 43 -> 47 and held-out 90 -> 95, on purpose: the after files of the eighth fresh
// batch (2026-12-05) bring 4 tuning false findings (jsdom's per-request XHR client and the
// window's own document) and 5 held-out ones (phaser's once-only `boot()` registrations and an
// UpdateList listener its destroy() removes), and 3 true ones (Excalibur's `grabFocus`), every
// one labelled; no rule changed.
// Lowered, held-out 95 -> 88: a field made through an alias of `this` (`const client = this;
// client.x = new X()`) is made by the class as through `this.` (a correction found on the
// held-out clean set, irc-framework): node-redis 46e2dc2's seven listeners on the client's own
// stream, all labelled false. No catch and no true finding moved in either half.
// Lowered, held-out 88 -> 86: candidate S (a discarded setTimeout of at most 1,000 ms is
// one-shot) removed centrifuge-js's 20 ms and quill's 1 ms timeouts, both labelled false.
// Raised on purpose, held-out 86 -> 89: the after files of the ninth fresh batch (2026-12-05b)
// add 3 false findings (OpenVidu's promise-returning subscribe(), node-opcua's disconnect
// callback, uppy's 3 s online check), all labelled; its 2 true ones are uppy's file-added pair.
// Raised on purpose, held-out 89 -> 96: the after files of the tenth fresh batch (2026-12-05c) add
// 7 false findings (per-request ClientRequests and a per-connection AbortController, webpack's
// per-socket 'close' listeners), all labelled; its true one is node-newrelic's reconnect timer.
// Raised on purpose, held-out 96 -> 101: Vue 2's `$on` / `$once` are registrations (and `$off`
// their removal) since component files are scanned; livewire dff33dd's after file has five
// `$wire.$on` listeners added once per component on its own `$wire`, all labelled false. No catch
// moved in either half.
// Raised on purpose, held-out 101 -> 102: the after files of the eleventh fresh batch
// (2026-12-05d, component files) add 1 false finding (MQTTX's message listener, guarded by a
// listener count), labelled; its true one is primevue's scoped theme listener (tuning).
// Raised on purpose, held-out 102 -> 103: the after files of the twelfth fresh batch (2026-12-05e)
// add 1 false finding (Vue2Leaflet's listeners on the map its component makes and removes),
// labelled; its opt-in findings are labelled too (1 true: nutui's countdown interval).
// Raised on purpose, held-out 103 -> 106: a finding of the opt-in no-overwritten-timer no longer
// hides no-unpaired-teardown's on the same call (it hid it even with the opt-in rule off, so that
// nobody reported the call): centrifuge-js 52a1ee9's per-call timeout and pdf.js c5d28f2's two
// viewer timeouts, labelled false as before, now under no-unpaired-teardown.
// Raised on purpose, held-out 106 -> 107: the thirteenth fresh batch's after files add 1 false
// finding (vue-google-maps' info window listening on its parent marker), labelled.
// Raised on purpose, tuning 47 -> 50 and held-out 107 -> 108: the after files of the fourteenth
// batch (2026-12-05g) add 3 tuning false findings (vue-infinite-scroll's listeners on the
// directive's own context component) and 1 held-out one (vue-router's app.$once('hook:destroyed'),
// the fix's own cleanup), every one labelled.
// Raised on purpose, tuning 50 -> 52 and held-out 108 -> 112: the fifteenth batch's after files
// (2026-12-05h) add 2 tuning and 4 held-out false findings, every one labelled (listeners on a
// directive's own element, pickr's and cropperjs's own DOM helpers read as emitters, a directive
// pair the rule does not match, a 0 ms timeout cleared by unbuild()).
// Raised on purpose, held-out 112 -> 113: the sixteenth batch's after files add 1 false finding
// (vue-pure-admin's 2 s one-shot timeout in setup()), labelled.
// Lowered, held-out 113 -> 110, by the same correction (pickr's and cropperjs's helper calls, 3
// after-file findings labelled false as api-shape, no longer reported).
// Raised on purpose, tuning 52 -> 67 and held-out 110 -> 146: the eighteenth batch's after files
// (twenty-fourth session) add 15 tuning and 36 held-out false findings, every one labelled by
// helpers who read the code (20 are tui.editor's listeners on the Squire instance the editor
// makes and destroys, 11 wavesurfer.js's on its own regions and shadow DOM).
// Raised on purpose, held-out 146 -> 197: the nineteenth batch's after files (twenty-fifth
// session) add 51 held-out false findings, every one labelled by helpers who read the code (33
// are mediaelement's listeners on the wrapper and container its player makes and remove()
// detaches, in two pruned copies of one player.js; 4 more findings there are true: reactstrap's
// and shoelace's delay timers that unmounting does not clear).
// Raised on purpose, held-out 197 -> 206: the twentieth batch's after files add 7 false findings
// with main's rules and candidate JQ 2 more (lightGallery's hash plugin, whose core's destroy()
// removes its window handler in another file; bootstrap-datepicker's one document handler set
// up when the script loads), every one labelled.
// Raised on purpose, held-out 206 -> 212: the twenty-first batch's after files add 6 false
// default-set findings (short one-shot timeouts of React components: grommet's debounces,
// react-select's and primereact's blur and hide delays), every one labelled.
// Raised, tuning 67 -> 68 and held-out 212 -> 219, by the after files of the twenty-second batch
// (2026-12-05o), every one labelled (a job's one-shot timer; chokidar's unlink delay; nodemon's
// listeners on a child's own streams and self-removing once listeners).
// Raised, held-out 219 -> 220, by the after files of the twenty-third batch (2026-12-06h), labelled
// (zent's 0 ms layout timer, whose callback checks a ref React nulls on unmount); AW adds none.
// Raised, held-out 220 -> 222, by the after files of the twenty-fourth batch (2026-12-06i), labelled:
// markercluster f875421's two map handlers, which its onRemove removes by context (and 2 true ones:
// e0d2616's anonymous zoomend handler, and vitepress 1a72181's outline dropdown, whose watcher
// leaves its document click listener when a Back navigation unmounts it open, found by AW).
// Raised, held-out 222 -> 227, by the after files of the twenty-fifth batch (2026-12-06j),
// labelled: better-scroll's 60 ms resize debounce and three handlers on the scroller's own
// instance (4), and PT's form-create modal, whose ant-design-vue dialog removes its own container.
// Lowered, held-out 227 -> 226, when PT was limited to a Vue component's own code (thirty-first
// session): form-create's exported mount() helper is not one.
// Raised, held-out 226 -> 245, by the after files of the twenty-sixth batch (2026-12-06k),
// labelled: rhea-promise's session.ts (18 no-partial-cleanup findings: a reject inside a local
// helper read where it is written, not where the helper is called), an aedes connect timer cleared
// on CONNECT, a binance keep-alive interval cleared before each re-arm (and 4 true ones: binance's
// unstored reconnect and retry timers).
// Lowered, held-out 245 -> 227, by candidate LH (a completion inside a local helper judged where
// the helper is called): rhea-promise's 18 no-partial-cleanup findings, the ones it was written
// from; no other finding of either corpus changed.
// Raised, held-out 227 -> 235, by the after files of the twenty-seventh batch (2026-12-06l),
// labelled: blessed's process handlers bound once behind a guard, juggler's connector.disconnect(cb)
// (a completion callback read as a removal, twice), dnode's per-connection listeners and ones
// removed on 'end' (and 1 true one: blessed's ansiimage 'prerender' listener on the shared screen).
// Lowered, tuning 68 -> 66 and held-out 235 -> 232, by candidate DC (a client's
// disconnect(callback) is not a removal): node-rdkafka's two (the tuning case it was written
// from), loopback-datasource-juggler's two (read when labelled) and node-opcua 5df2228's one.
// Lowered, tuning 66 -> 65, by candidate TH (a subscription handed to .then(cb) is kept):
// home-assistant-js-websocket b3dcbcb's after file, the case it was written from.
// Lowered, held-out 232 -> 231, by candidate RN′ (a remove…() that wires its own listener is not
// a cleanup re-adding it): prosemirror-view 3659743's removeClassOnSelectionChange().
// Lowered, held-out 231 -> 227, by candidate EG′ (an early exit on a module flag or a flag on the
// receiver that the file never sets back): mediaelement a46180d ×2 and blessed c488c08 ×2.
// Raised, held-out 227 -> 233, by the after files of the twenty-eighth batch (2026-12-06m),
// labelled: fastify-websocket's per-connection stream and socket listeners (3) and a router
// route read as a listener, hemera's circuit-breaker interval (opt-in rule), react-navigation's
// container listener set, and seneca's status interval cleared by close() (and 3 true ones:
// seneca's stats and status intervals, opt-in options, that close() leaves running).
// Lowered, tuning 65 -> 64, by candidate DE (a directive's own element): Sortable a479eae's
// ng-sortable `$el.on('$destroy', …)` in the directive's link.
// Raised, held-out 233 -> 235, by the after files of the twenty-ninth batch (2026-12-06n),
// labelled: pubnub's presence subscribe() (returns nothing to dispose) and horizon's 'response'
// listener, which the fixed dispose() removes.
// Lowered, held-out 235 -> 234, by candidate OT′ (a { once: true } listener for the end of a press
// or a click): radix-ui 2515a7f's toast click after a swipe.
// Raised, held-out 234 -> 235, by the after files of the thirtieth batch (2026-12-06o), labelled:
// sockjs-node's MultiplexServer 'connection' listener, added once per server (and one true:
// p-timeout 52d1a6d's abort listener on the caller's signal, which later fixes remove).
// Raised, tuning 64 -> 69, by the after files of the thirty-second batch (2026-12-06q), labelled:
// bittorrent-dht's listeners on its own k-rpc nodes (2), hypercore's fixed once-per-swarm 'have'
// listener and its timeout cleared on every path but its own callback, and mockttp's
// once('drain') (and two true: bittorrent-dht's queryInterval, which close() never clears).
// Raised, held-out 235 -> 236, by candidate SN (a container-named receiver given an event name is
// an emitter), labelled: angular.js 9d058de's `scope.$on('$destroy', …)`, the fix's own cleanup
// on the scope it is linked in.
// Lowered, held-out 236 -> 235, by candidate DS (a scope's `$destroy` listener goes with the
// scope): that same finding.
// Raised, held-out 235 -> 244, on purpose: the after files of the thirty-fourth fresh batch
// (2026-12-07) bring 9 false findings of the default set, every one labelled by a helper with the
// standard brief (ldapjs' listeners on the per-request emitter starttls() makes, ssh2-sftp-client's
// per-download write streams and its temporary listeners removed in every operation's finally),
// and 1 true one (threads.js ba57d80's progress listener, removed from the job, not the thread).
// Raised, held-out 244 -> 245, on purpose: the after files of the thirty-fifth fresh batch
// (2026-12-07b) bring 1 false finding, labelled (mattermost-mobile's reconnect back-off timeout,
// which checks `closed` and fires once as a no-op after close()).
// Raised, held-out 245 -> 250, on purpose: the after files of the thirty-sixth fresh batch
// (2026-12-07c) bring 5 false findings of the default set, labelled (rabbot's listeners on a
// topology made once per connection, on primitives made in the same executor, behind a guard, and
// a once('closed') the close uses up), and 2 true ones (rabbot fb7e754's listener added on every
// re-initialisation, marble's 120 s RPC timer that neither the reply nor close() clears).
// Raised, held-out 250 -> 252, on purpose: the after files of the thirty-seventh fresh batch
// (2026-12-07d) bring 2 false findings of the default set, labelled (ioBroker.zigbee's listener
// added once in the constructor of an extension its controller builds once).
// Raised, held-out 252 -> 256, on purpose: the after files of the thirty-eighth fresh batch
// (2026-12-07e) bring 4 false findings of the default set, labelled (azure-service-bus-node's
// receive listeners, removed on every settling path through an alias of the receiver).
// Raised, held-out 256 -> 258, on purpose: the after files of the thirty-ninth fresh batch
// (2026-12-07f) bring 2 false findings of the default set, labelled (nodeS7's once('connect')
// added only while the adapter is down, surrealdb.js's self-removing once wrapper), and 3 true
// ones (nodeS7's error listener on a caller's shared adapter, werift-webrtc's discarded
// onSourceChanged subscription, surrealdb.js's discarded reconnect timer).
// Raised, held-out 258 -> 274, on purpose: the after files of the fortieth fresh batch
// (2026-12-07g) bring 16 false findings of the default set, labelled (needle's ten listeners on
// one request's own streams, node-http-mitm-proxy's three on one request's objects, wujie's two
// iframe listeners its sandbox removes on destroy, etcd3's reconnect delay).
// Raised, held-out 274 -> 275, on purpose: the after files of the forty-first fresh batch
// (2026-12-07h) bring 1 false finding of the default set, labelled (opossum's HystrixStats
// listener on its own circuit's status, removed by the circuit's shutdown), and 2 true ones
// (graphile/worker's per-pool listener on a module-level emitter, opossum's health-check
// interval that shutdown() never clears).
// Raised, held-out 275 -> 281, on purpose: the after files of the forty-second fresh batch
// (2026-12-07i) bring 6 false findings of the default set, labelled (node-red-contrib-telegrambot's
// two listeners kept and removed with the same reference in stop(), node-red-contrib-chatbot's
// listeners its stop() takes off, node-red-contrib-shelly's polling interval cleared in every close
// handler, kad-dht's listener on one query's own signal, discovery-swarm's once-per-listen listener
// on the swarm's own socket) and 5 true ones (ipfs-pubsub-room's listeners on the shared IPFS node
// and its poll interval that leave() does not clear).
// Raised, held-out 281 -> 302, on purpose: the after files of the forty-fourth fresh batch
// (2026-12-07k) bring 21 false findings of the default set, labelled (capacitor-plugins' 16
// setOn…Listener methods, each removing its previous handle and all removed by destroy(), and its
// self-removing map-ready listener; OneSignal's two listeners added once by initialize();
// react-native-modalize's back-button handler removed before each add and by reference at
// unmount; a Tres listener on its canvas's own scene object) and 6 true ones (capacitor-plugins'
// orientation listeners removed with a new function, react-native-modalize's overwritten handle).
// Raised, held-out 302 -> 305, on purpose: the after files of the forty-sixth fresh batch
// (2026-12-07m) bring 3 false findings of the default set, labelled (camunda-8-js-sdk's two
// listeners on one poll's own job stream, which handleStreamEnd() strips; apostrophe's job
// interval cleared through another name for the same context) and 1 true one (camunda's
// discarded stream-error backoff timer that close() cannot clear). The forty-fifth batch
// (2026-12-07l) brings 1 finding of the default set, true (node-lifx's send interval).
// Raised, held-out 305 -> 315, on purpose: the after files of the forty-seventh fresh batch
// (2026-12-07n) bring 10 false findings of the default set, labelled (drachtio-fsmrf's seven
// listeners on an endpoint's own one-session connection and its guarded once('destroy'),
// fastify-http-proxy's self-removing once('open') on a per-client socket, h2o2's once on one
// request's events) and 4 true ones (http-terminator's two server.once('close') per connection,
// node-ssdp's advertise interval stop() never clears, nodejs-spanner's discarded acquire timeout).
// Lowered, held-out 315 -> 313, by the reading fix FA (after `this.f = a.b`, the function's
// later `a.b` is `this.f`): camunda-8-js-sdk 405595a's two listeners on a poll's job stream,
// which handleStreamEnd() removes through the field, are no longer reported (both false).
// Raised, held-out 313 -> 317, on purpose: the after files of the forty-eighth fresh batch
// (2026-12-07o) bring 4 false findings of the default set, labelled (reactour's one-shot
// showStep timeout, slickgrid-universal's three chained SlickEventHandler subscriptions that
// dispose() ends with unsubscribeAll()).
// Raised, held-out 317 -> 338, on purpose: the after files of the forty-ninth fresh batch
// (2026-12-07p) bring 21 false findings of the default set, labelled (maxGraph's 12 removals
// that give EventSource.removeListener() the listener alone, which is that API's shape: it
// matches by function; ui-grid's 8 listeners on the grid's own elements and child scope; G6's
// canvas listeners that destroy() strips with removeAllEventListeners()) and 1 true one (G2's
// pointerleave arrow that the tooltip's cleanup removes under another function).
// Raised, held-out 338 -> 343, on purpose: the after files of the fiftieth fresh batch
// (2026-12-07q) bring 5 false findings of the default set, labelled (comlink's two self-removing
// message listeners, squoosh's 100 ms debounce left at unmount, web-voice-processor's dump
// timeout that ends the dump, vega's single tick callback on its own simulation) and 3 true ones
// (victory's two discarded delay timeouts that restart the frame loop after unmount, livekit's
// per-call abort listener on the caller's signal).
// Raised, held-out 343 -> 346, on purpose by OB (kept by its criteria): 3 false after-file
// findings (observers on a component's or element's own node, which die with it: skywalking's
// timeline, node-red's editor container, squoosh's element) and 1 true one (kaboom's canvas
// observer that quit() never disconnects).
// Raised, held-out 346 -> 365, on purpose: the after files of the fifty-first and fifty-second
// fresh batches (2026-12-07r, 2026-12-07s) bring 19 false findings of the default set, labelled
// (epub.js's eight listeners on per-call highlight marks that unhighlight() removes, the
// disposables of VS Code webviews and panels that die with their view, a child process's exit
// listener, tor's per-connection status listener) and 2 true ones (mongodb-memory-server's
// beforeExit listener per replica set, react-geo's features listener left by an unmount while
// pressed).
// Raised, held-out 365 -> 373, on purpose: the after files of the fifty-third and fifty-fourth
// fresh batches (2026-12-07t, 2026-12-07u) bring 8 false findings of the default set, labelled
// (a listener on a connection's own socket, one-shot listeners and timeouts, listeners on a
// channel the object closes) and 5 true ones (JSPrismarine's chat listener per reload, brunch's
// stdin listener per restart, y-sweet's doc listener, playwright-vscode's two debug-session
// subscriptions per run).
// Raised, held-out 373 -> 380, on purpose: the after files of the fifty-fifth fresh batch
// (2026-12-07v) bring 7 false findings of the default set, labelled (event subscriptions on a
// watcher or cancellation token made per run, a listener in a branch that never runs, one
// registered once per Client).
// Raised, held-out 380 -> 384, on purpose: the after files of the fifty-sixth fresh batch
// (2026-12-07w) bring 4 false findings of the default set, labelled (subscriptions on a webview
// view's own webview and on a progress's cancellation token, which die with them; a 1 ms
// debounce timeout) and 4 true ones (svn-scm's editor subscription the fix missed, elixir-ls's
// two workspace subscriptions dropped in activate(), nx-console's task listener per login click).
// Raised, held-out 384 -> 390, on purpose: the after files of the fifty-seventh fresh batch
// (2026-12-07x) bring 6 false findings of the default set, labelled (subscriptions to a webview
// panel's own events, made once per panel; a watcher's own event; a command registered once
// behind a flag) and 2 true ones (vscode-front-matter's configuration subscription per dashboard
// opening, markmap-vscode's output channel per editor).
// Raised, held-out 390 -> 429, on purpose: the after files of the fifty-eighth fresh batch
// (2026-12-07y) bring 39 false findings of the default set, labelled (json-editor's 18 listeners
// on buttons and tabs its own getButton()/getTab() factories have just made, react-zoom-pan-pinch's
// 5 on its own wrapper element, simplemde's 5 on the CodeMirror it made, materialize's 4 one-shot
// animation timeouts, aos's 4 once-per-page listeners, jspreadsheet's 2 removed in its destroy)
// and 2 true ones (simplemde's document keydown listener per editor and its form submit
// listener per autosave tick).
// Raised, held-out 429 -> 433, on purpose: the after files of the fifty-ninth fresh batch
// (2026-12-08a) bring 4 false findings of the default set, labelled (a progress's cancellation
// token, two subscriptions made once from activate(), a listener on one connection's own socket;
// a fifth, a poll timeout re-armed only from its own callback, is of the opt-in
// no-overwritten-timer) and no true one.
// Lowered, held-out 433 -> 425, by VP (forty-seventh session): 8 false findings of webview
// panels' own events and of request and progress tokens, 7 of them read before VP was written.
// Raised, held-out 425 -> 436, on purpose: the after files of the sixtieth fresh batch
// (2026-12-08b) bring 11 false findings of the default set, labelled (jQuery-Autocomplete's 6
// handlers its dispose() unbinds by namespace, brackets' listeners on its views' own elements and
// once-per-module registrations, a one-shot exit listener, a one-shot timeout) and 2 true ones
// (tablesorter's pager handler added again on every enable, brackets' DocumentManager handler
// added on every image reload).
// Raised, held-out 436 -> 445, on purpose: the after files of the sixty-first fresh batch
// (2026-12-08c) bring 9 false findings of the default set, labelled (jupyterlab-desktop's
// listeners on each lab view's own webContents and one added once per window, muse's voice
// subscriptions the connection replaces and its one-shot idle timeout, a per-guild embed's
// listener made once) and 8 true ones (powerplatform-vscode's 7 dropped registrations, and
// jupyterlab-desktop's title bar focus listener added on every lab view switch); 2 more, of the
// opt-in no-overwritten-timer, are short one-shot focus timeouts.
const AFTER_FALSE_CEILING: Record<Half, number> = { tuning: 69, 'held-out': 445 };

describe('corpus of real leak fixes (scan-corpus/fixes)', () => {
  const cases = loadCases(root);

  it('has valid case.json files for every case', () => {
    expect(cases.flatMap((c) => validateCase(root, c))).toEqual([]);
    expect(cases.length).toBeGreaterThanOrEqual(264);
  });

  it('takes each batch from repositories that were not in the corpus before it', () => {
    // Each batch's size when it was added (cases, repositories): a case lost fails here.
    const size: Record<string, [number, number]> = {
      '2026-12-03': [30, 10],
      '2026-12-03b': [24, 16],
      '2026-12-03c': [35, 14],
      '2026-12-04': [35, 17],
      '2026-12-04b': [40, 19],
      '2026-12-04c': [37, 20],
      '2026-12-04d': [33, 17],
      '2026-12-05': [31, 9],
      '2026-12-05b': [23, 9],
      '2026-12-05c': [20, 5],
      '2026-12-05d': [30, 16],
      '2026-12-05e': [21, 9],
      '2026-12-05f': [11, 6],
      '2026-12-05g': [34, 10],
      '2026-12-05h': [22, 7],
      '2026-12-05i': [28, 10],
      '2026-12-05j': [20, 11],
      '2026-12-05k': [37, 16],
      '2026-12-05l': [47, 14],
      '2026-12-05m': [9, 5],
      '2026-12-05n': [34, 10],
      '2026-12-05o': [28, 14],
      '2026-12-06h': [15, 8],
      '2026-12-06i': [15, 9],
      '2026-12-06j': [15, 5],
      '2026-12-06k': [11, 6],
      '2026-12-06l': [15, 7],
      '2026-12-06m': [21, 9],
      '2026-12-06n': [17, 9],
      '2026-12-06o': [11, 5],
      '2026-12-06p': [25, 11],
      '2026-12-06q': [43, 19],
      '2026-12-06r': [14, 9],
      '2026-12-07': [20, 9],
      '2026-12-07b': [17, 9],
      '2026-12-07c': [18, 9],
      '2026-12-07d': [24, 10],
      '2026-12-07e': [17, 8],
      '2026-12-07f': [18, 7],
      '2026-12-07g': [21, 12],
      '2026-12-07h': [21, 11],
      '2026-12-07i': [16, 10],
      '2026-12-07j': [12, 6],
      '2026-12-07k': [22, 13],
      '2026-12-07l': [23, 14],
      '2026-12-07m': [21, 13],
      '2026-12-07n': [23, 16],
      '2026-12-07o': [24, 12],
      '2026-12-07p': [23, 10],
      '2026-12-07q': [20, 12],
      '2026-12-07r': [24, 15],
      '2026-12-07s': [23, 11],
      '2026-12-07t': [24, 14],
      '2026-12-07u': [22, 14],
      '2026-12-07v': [18, 8],
      '2026-12-07w': [19, 12],
      '2026-12-07x': [18, 13],
      '2026-12-07y': [22, 13],
      '2026-12-08a': [18, 13],
      '2026-12-08b': [20, 11],
      '2026-12-08c': [22, 12],
    };
    expect(Object.keys(size)).toEqual([...BATCHES]);
    for (const b of BATCHES) {
      const inBatch = cases.filter((c) => c.batch === b);
      const [minCases, minRepos] = size[b]!;
      expect(inBatch.length, b).toBeGreaterThanOrEqual(minCases);
      const earlier = new Set(
        cases
          .filter((c) => c.batch === undefined || BATCHES.indexOf(c.batch) < BATCHES.indexOf(b))
          .map((c) => c.repo.toLowerCase()),
      );
      expect(inBatch.filter((c) => earlier.has(c.repo.toLowerCase())).map((c) => c.id)).toEqual([]);
      expect(new Set(inBatch.map((c) => c.repo)).size, `${b} repositories`).toBeGreaterThanOrEqual(
        minRepos,
      );
    }
  });

  it('splits by repository with the fixed sha1 rule, and both halves have cases', () => {
    // Pinned values: the rule must never change once rules are tuned on one half.
    expect(halfOf('nats-io/nats.js')).toBe('tuning');
    expect(halfOf('NodeJS/Undici')).toBe('held-out');
    expect(halfOf('redis/node-redis')).toBe('held-out');
    expect(halfOf('sindresorhus/got')).toBe('tuning');
    for (const h of HALVES) {
      const inHalf = cases.filter((c) => halfOf(c.repo) === h);
      expect(inHalf.filter((c) => c.class === 'syntactic').length).toBeGreaterThan(0);
      expect(inHalf.filter((c) => c.class === 'types').length).toBeGreaterThan(0);
    }
  });

  it('uses no excluded repository and at most 6 cases per repository', () => {
    const excluded = new Set(EXCLUDED_REPOS.map((r) => r.toLowerCase()));
    expect(cases.filter((c) => excluded.has(c.repo.toLowerCase())).map((c) => c.id)).toEqual([]);
    const perRepo = new Map<string, number>();
    for (const c of cases) perRepo.set(c.repo, (perRepo.get(c.repo) ?? 0) + 1);
    expect([...perRepo].filter(([, n]) => n > 6)).toEqual([]);
  });

  it('has well-formed labels (after/ files, a verdict, a known category on fp only, a note)', () => {
    for (const l of loadLabels(root)) {
      expect(l.file).toMatch(/^cases\/[^/]+\/after\//);
      expect(['tp', 'fp']).toContain(l.verdict);
      expect(l.note.length).toBeGreaterThan(10);
      // Same category names as the clean corpus, so the two rankings can be read side by side.
      if (l.category !== undefined) {
        expect(l.verdict, `${l.file}:${l.line}`).toBe('fp');
        expect(Object.keys(FP_CATEGORIES), `${l.file}:${l.line}`).toContain(l.category);
      }
    }
  });

  it('lists every case in the README licence table', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(readme).toContain(licenceTable(cases));
  });

  it('has package declarations fetched for every types case, all of them in the tree', () => {
    // tools/fetch-types.ts records the types cases it read: a batch added after its last run has
    // cases it never saw (2026-12-07: it had read 21 of 128). And every file tsconfig.json maps
    // an import to must exist: .gitignore's dist/ once kept some out of every commit, so a clean
    // clone's typed scan saw less than the working tree's.
    const manifest = JSON.parse(readFileSync(join(root, 'types', 'manifest.json'), 'utf8')) as {
      cases: string[];
    };
    const typesCases = cases.filter((c) => c.class === 'types').map((c) => c.id);
    expect(manifest.cases).toEqual([...typesCases].sort());
    const tsconfig = JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8')) as {
      compilerOptions: { paths: Record<string, string[]> };
    };
    const missing = Object.values(tsconfig.compilerOptions.paths)
      .flat()
      .filter((f) => !existsSync(join(root, f)));
    expect(missing).toEqual([]);
  });

  it('reads receiver and event from a finding text', () => {
    expect(headOf("req.connection.on('connect', () => {\n x(a, b) })")).toEqual({
      target: null,
      callee: 'req.connection.on',
      receiver: 'req.connection',
      first: "'connect'",
    });
    expect(headOf('this.#pingTimer = setTimeout(async () => { await f(); }, 5)')).toMatchObject({
      target: 'this.#pingTimer',
      receiver: 'setTimeout',
      first: '<fn>',
    });
    expect(headOf("this.options.signal?.addEventListener('abort', onAbort)")).toMatchObject({
      receiver: 'this.options.signal',
      first: "'abort'",
    });
  });

  it('does not catch fewer cases than the recorded floor, per half and class', () => {
    const e = evaluateFixes(root);
    console.log(formatFixes(e));
    expect(e.typedError).toBeNull();
    // Every after finding is labelled, and every label still names a finding: a label whose
    // finding the scanner stopped reporting (an exemption, a removed rule, a moved line) must be
    // removed or moved, not left to count for nothing.
    expect(e.unlabelled, 'after findings without a label').toEqual([]);
    expect(e.staleLabels, 'labels that match no current after finding').toEqual([]);
    const measured: Record<Half, Record<string, number>> = { tuning: {}, 'held-out': {} };
    for (const h of HALVES) {
      for (const k of CLASSES) measured[h][k] = e.recall[h][k].caught;
      measured[h]['types typed'] = e.typedRecall[h].caught;
    }
    for (const h of HALVES)
      for (const [k, floor] of Object.entries(FLOOR[h]))
        expect(measured[h][k], `${h} ${k}`).toBeGreaterThanOrEqual(floor);
    // A caught case is a seen one (its before file has the finding that disappears); the seen
    // count is what telling fixes apart could raise recall to with the default rules.
    expect(e.cases.filter((c) => c.caught !== null && !c.seen).map((c) => c.id)).toEqual([]);
    const seen = e.cases.filter(
      (c) => c.half === 'held-out' && c.class === 'syntactic' && c.seen,
    ).length;
    expect(seen, 'held-out syntactic cases seen').toBeGreaterThanOrEqual(HELD_OUT_SYNTACTIC_SEEN);
    for (const h of HALVES)
      expect(
        e.after[h].findings - e.after[h].labelledTrue,
        `${h} after-file false findings`,
      ).toBeLessThanOrEqual(AFTER_FALSE_CEILING[h]);
  }, 120_000);
});
