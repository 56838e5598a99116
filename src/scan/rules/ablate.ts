// Evaluation aid (issue #16): every exemption of no-unmanaged-listener and no-unmanaged-timer has
// a name, and `setAblations(names)` switches the named ones off for this thread, so that what
// each exemption costs (leak fixes it hides) and buys (false findings it removes) can be measured
// on both halves of both corpora: `npm run eval:scan-ablate` (test/scan/eval/ablate.ts) calls
// it in a child per exemption. Not a user option: nothing the package exports reaches it, no
// environment variable is read, and it only ever makes the scanner report more.

/** The exemptions that can be switched off, with what each one skips. */
export const ABLATIONS = {
  'listener.guarded': 'a registration inside `if (!done) { done = true; … }`',
  'listener.top-level': 'a registration at module top level',
  'listener.life-self': 'a registration on `this` itself',
  'listener.life-created': 'a receiver made in the function or a field the class creates',
  'listener.life-event': "a receiver that is a callback's parameter",
  'listener.cluster-primary': '`process`/`cluster` listeners of code that forks workers',
  'listener.created-by-owner': 'a `this.x` the class assigns from `new`/a factory elsewhere',
  'listener.server-handler': "a server's own connection/request handler outside classes",
  'listener.forwards-to-self': 'a listener that re-emits the event on `this`',
  'listener.managed-by-use': 'a kept, passed-on or `void`ed result of the registering call',
  'listener.managed-by-signal': 'a `{ signal }` option',
  'listener.removed-by-teardown': 'a teardown call on the receiver (`x.destroy()`) as removal',
  'listener.removed-by-alias': 'a removal on another path ending in the same name',
  'listener.handed-off':
    'receiver and listener each passed to some call (a named listener always is, by its own registration)',
  'listener.removed-from-table': 'a removal loop over a table of subscriptions',
  'listener.dies-with-call': 'a per-request or per-call receiver (lifetime.ts)',
  'listener.subscribe-repeat':
    "a registration in a subscription method (on, onX, subscribe…) of its caller's callback is no repeat (subscribe-method.ts, candidate SR)",
  'listener.named-listener-arg':
    "a parameter of a function the file passes by name as a listener (the event's argument)",
  'listener.directive-element':
    "a directive setup hook's own element (`mounted(el, binding)`, Knockout `init`, AngularJS `link`)",
  'listener.made-before': 'a receiver the function gave a fresh object before (lifetime.ts)',
  'listener.host-entry': "a registration on an exported entry's first parameter (entry.ts)",
  'listener.once-function': 'a registration directly in a function the module runs once (once.ts)',
  'listener.singleton-ctor': "a registration directly in a module singleton's constructor",
  'listener.own-dom': "a listener on a component's own element (`this.$el`, `this.$.x`)",
  'listener.one-shot-sure':
    'a `{ once: true }` listener for an event sure to come (`mouseup`, `click`…)',
  'listener.scope-destroy': "an AngularJS `$on('$destroy', …)`: the scope drops it when it ends",
  'disposable.component-ref':
    'a subscription to an output of a component one made (`ref.instance.x`)',
  'disposable.own-route':
    "a subscription to a routed component's own `ActivatedRoute` (`this.route.params`)",
  'listener.getter-made-part':
    'a getter over a part of a field the class makes (`get wc() { return this.view.webContents }`)',
  'listener.dom-dedupe':
    'a module-level function added with `addEventListener` (the DOM adds it once)',
  'listener.host-element':
    "an Angular component's own element (`this.el.nativeElement`, `el: ElementRef`)",
  'listener.ended-handle': 'a listener under a handle the class obtains and its teardown ends',
  'listener.electron-main':
    "a listener on Electron's `ipcMain`, `app` or another process-wide object (electron.ts) in code that runs neither per window nor per event, by calls across files (project.ts)",
  'timer.top-level': 'a timer at module top level',
  'timer.once-function': 'a timer directly in a function the module runs once (once.ts)',
  'timer.singleton-ctor': "a timer directly in a module singleton's constructor",
  'timer.once-method': 'an overwrite in a constructor or init-like method',
  'timer.in-timer-callback': 'an overwrite inside a timer callback',
  'timer.guarded': 'an overwrite guarded against repeats',
  'timer.fresh-object': 'a timer field of an object the function just made',
  'timer.refers-before': 'an overwrite after code that reads the field',
  'timer.self-scheduling': 'a timeout that re-arms itself',
  'timer.overwrite-needs-clear':
    'an overwrite of a timer field nothing clears (an interval is then reported as never cleared)',
  'timer.paired-teardown': 'an overwrite in startX() whose stopX() clears the field',
  'timer.timeout-needs-teardown': 'a discarded setTimeout outside a class with a teardown method',
  'timer.zero-delay': 'a discarded setTimeout with no or zero delay',
  'timer.short-delay':
    'a discarded setTimeout with a delay of at most 1,000 ms (as delay.ts reads it)',
  'timer.delay-reading':
    "a delay read from arithmetic, `ms('1s')` or a file constant, not only a number literal (delay.ts)",
  'project.package-calls':
    'a call `x.m()` on an import of a package the program depends on and does not scan, read as naming no function of the program (candidate PK, project-graph.ts)',
  'project.bounded-runs':
    'a registration, timer or disposable directly in code the program runs a bounded number of times, by calls across files (project.ts)',
} as const;

export type Ablation = keyof typeof ABLATIONS;

/** The set a comma-separated list names; an unknown name is an error naming it. */
export function parseAblations(value: string | undefined): ReadonlySet<Ablation> {
  const names = (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  for (const n of names)
    if (!Object.hasOwn(ABLATIONS, n))
      throw new Error(
        `ablation: unknown exemption "${n}"; known: ${Object.keys(ABLATIONS).join(', ')}`,
      );
  return new Set(names as Ablation[]);
}

let off: ReadonlySet<Ablation> = new Set();

/** Switches the named exemptions off (an empty set switches every one back on). */
export function setAblations(names: ReadonlySet<Ablation>): void {
  off = names;
}

/** True when the exemption `name` is switched off (see setAblations). */
export function ablated(name: Ablation): boolean {
  return off.has(name);
}
