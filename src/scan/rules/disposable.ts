// no-discarded-disposable.
import type { BareCall, Facts } from '../facts.js';
import {
  calleeOf,
  childNodes,
  functionName,
  hasRange,
  isFunction,
  keyText,
  propertyName,
  unwrap,
  type Node,
} from '../syntax.js';
import { paramNames } from './lifetime.js';
import { disposableFix } from '../fix.js';
import { short, text, type RawFinding, type RuleContext } from './context.js';
import { ablated } from './ablate.js';
import { componentRefOutput, ownRouteObservable } from './framework-own.js';

/** Known API shapes that return a disposable / subscription / unsubscribe function. */
// `addAbortListener` is node:events' (returns a Disposable) and the same-named helpers that
// libraries copied from it (returning a remover).
const SHAPE_METHOD =
  /^(?:on(?:Did|Will)[A-Z]\w*|onCancellationRequested|subscribe|addAbortListener)$/;
/** Event members whose third argument, when given, collects the disposable (VS Code `Event<T>`). */
const EVENT_SHAPE = /^(?:on(?:Did|Will)[A-Z]\w*|onCancellationRequested)$/;
const SHAPE_FUNCTION = /^(?:autorun|reaction|addAbortListener)$/;
/** RxJS operators after which a subscription completes by itself. */
const COMPLETING =
  /^(?:take|first|takeUntil|takeWhile|takeUntilDestroyed|single|last|takeLast|timeout)$/;

function completes(receiver: Node | null): boolean {
  if (receiver === null) return false;
  const r = unwrap(receiver);
  if (r.type !== 'CallExpression') return false;
  const c = calleeOf(r);
  if (c === null || c.name !== 'pipe') return false;
  return r.arguments.some((a) => {
    const u = unwrap(a);
    if (u.type !== 'CallExpression') return false;
    const ac = calleeOf(u);
    return ac !== null && COMPLETING.test(ac.name);
  });
}

/**
 * An RxJS-style `subscribe` takes an observer or up to three callbacks. A topic first
 * (`client.subscribe(topic, { qos }, cb)` of MQTT, `subscribe(t, opts)` of NATS, ioredis'
 * `subscribe(name)` returning a Promise, `subscribe(type, resourceName)`) is another API whose
 * removal is an `unsubscribe(topic)` call, not a returned subscription (issue #16, api-shape:
 * moleculer src/transporters/{mqtt,nats,redis}.js, grpc-node xds-client.ts).
 */
function observerLike(first: Node, count: number): boolean {
  const u = unwrap(first);
  if (isFunction(u) || u.type === 'ObjectExpression') return true;
  if (u.type === 'Literal') return u.value === null; // subscribe(null, onError): deprecated RxJS
  const named = u.type === 'Identifier' || u.type === 'MemberExpression';
  // (next, error, complete) callbacks by name; anything else first is a topic.
  if (count >= 2) return named && CALLBACK_NAME.test(text0(u));
  // `server.subscribe(route)`, `client.subscribe(topic)`: a name that reads as a topic (TN).
  if (named && TOPIC_NAME.test(text0(u))) return false;
  return named || u.type === 'ThisExpression';
}

/** Names of topics, not observers: `topic`, `route`, `roomId`, `channelName` (candidate TN). */
const TOPIC_NAME =
  /^(?:topic|route|channel|subject|room|key|name|path|url|id|event|type)s?$|(?:Topic|Route|Channel|Subject|Room|Key|Name|Path|Url|URL|Id|ID|Event|Type)s?$/;

const CALLBACK_NAME =
  /(?:^on[A-Z]|^handle|[Hh]andler$|[Ll]istener$|[Cc]allback$|^cb$|^fn$|^next$|[Oo]bserver$)/;

/** The last name of an identifier or member path. */
function text0(n: Node): string {
  if (n.type === 'Identifier') return n.name;
  if (n.type === 'MemberExpression' && !n.computed && n.property.type === 'Identifier')
    return n.property.name;
  return '';
}

/**
 * VS Code's `Event<T>` is `(listener, thisArgs?, disposables?)`: a third argument is the
 * collection the event adds the returned disposable to (`editorService.onDidActiveEditorChange(
 * () => …, this, this._disposables)`, microsoft/vscode mainThreadNotebookEditors.ts), so the
 * statement keeps it there and its result is not lost (issue #16, api-shape 6). `undefined`,
 * `null` or a fresh `[]` there keeps nothing.
 */
function collectedByEvent(b: BareCall): boolean {
  const third = b.site.call.arguments[2];
  if (third === undefined) return false;
  const u = unwrap(third);
  if (u.type === 'Identifier') return u.name !== 'undefined';
  // A fresh `[]` collects it into an array nobody keeps.
  return u.type === 'MemberExpression';
}

/** `register` -> `unregister`, `addWatcher` -> `removeWatcher`, `on` -> `off`. */
function undoNames(name: string): string[] {
  const out = ['un' + name, 'un' + name[0]!.toUpperCase() + name.slice(1)];
  if (name.startsWith('add')) out.push('remove' + name.slice(3));
  if (name === 'on') out.push('off');
  return out;
}

/**
 * The registration is undone by another call of its owner on the same receiver with the same
 * first argument: `this.#registry?.register(this)` … `this.#registry?.unregister(this)` in
 * `dispose()` (src/pool/object-pool.ts). The returned handle is one way to end it, the paired
 * call another (issue #16, false-finding shape 3: add and remove paired across methods).
 */
function undoneByPairedCall(b: BareCall, facts: Facts): boolean {
  const c = b.callee;
  const owner = b.site.classOwner;
  if (c === null || c.receiver === null || owner === null) return false;
  const first = b.site.call.arguments[0];
  if (first === undefined) return false;
  const receiver = keyText(facts.src, c.receiver, facts.thisAliases);
  const arg = keyText(facts.src, first, facts.thisAliases);
  return undoNames(c.name).some((n) =>
    (owner.calls.get(n) ?? []).some((r) => {
      const a = r.args[0];
      return (
        r.receiver === receiver &&
        a !== undefined &&
        keyText(facts.src, a, facts.thisAliases) === arg
      );
    }),
  );
}

function shapeMatches(b: BareCall): boolean {
  const c = b.callee;
  if (c === null) return false;
  if (c.receiver === null) return SHAPE_FUNCTION.test(c.name);
  if (!SHAPE_METHOD.test(c.name)) return false;
  // diagnostics_channel.subscribe('name', fn) returns nothing; RxJS never takes a string first.
  const args = b.site.call.arguments;
  const first = args[0];
  if (c.name === 'subscribe' && first !== undefined && !observerLike(first, args.length))
    return false;
  return !(c.name === 'subscribe' && completes(c.receiver));
}

/**
 * Candidate VP (VW′'s reading): a webview panel's or view's own events (`onDidDispose`, `onDidReceiveMessage`,
 * `onDidChangeViewState`, `onDidChangeVisibility`), subscribed to in the code that has just been
 * given that panel: a local made by `createWebviewPanel(…)` in the same function, or the panel or
 * view VS Code hands to `resolveWebviewView`/`resolveCustomTextEditor`/`resolveCustomEditor`/
 * `deserializeWebviewPanel`. That code runs once per panel, and the panel's emitters are disposed
 * with it. A panel kept in a field and subscribed to again elsewhere stays reported.
 */
const OWN_VIEW_EVENT =
  /^(?:onDidDispose|onDidReceiveMessage|onDidChangeViewState|onDidChangeVisibility)$/;
const RESOLVES =
  /^(?:resolveWebviewView|resolveCustomTextEditor|resolveCustomEditor|deserializeWebviewPanel)$/;

/** A function as innermostFunction finds it: its node, its name as declared, its parent. */
interface Enclosing {
  readonly fn: Node & { readonly params: Node[] };
  readonly name: string | null;
  readonly parent: Node | null;
}

/** The innermost function of `root` whose range holds `inner` (no parent links in the AST). */
function innermostFunction(root: Node, inner: Node): Enclosing | null {
  let best: Enclosing | null = null;
  const walk = (n: Node, parent: Node | null): void => {
    if (!hasRange(n, inner)) return;
    if (isFunction(n))
      best = { fn: n as Enclosing['fn'], name: functionName(n, parent ?? undefined), parent };
    for (const ch of childNodes(n)) walk(ch, n);
  };
  walk(root, null);
  return best;
}

/** Whether `fn` declares `name` with a value made by `createWebviewPanel(…)`. */
function madeAsPanel(fn: Node, name: string): boolean {
  let found = false;
  const walk = (n: Node): void => {
    if (found) return;
    if (n !== fn && isFunction(n)) return;
    if (
      n.type === 'VariableDeclarator' &&
      n.id.type === 'Identifier' &&
      n.id.name === name &&
      n.init !== null
    ) {
      let v = unwrap(n.init as Node);
      if (v.type === 'AwaitExpression') v = unwrap(v.argument as Node);
      const c = v.type === 'CallExpression' ? calleeOf(v) : null;
      if (c !== null && c.name === 'createWebviewPanel') found = true;
    }
    for (const ch of childNodes(n)) walk(ch);
  };
  walk(fn);
  return found;
}

/**
 * VP's token reading: `token.onCancellationRequested(…)` on the CancellationToken VS Code hands
 * to one request or one progress: a parameter of a provider's `provide…`/`resolve…` method, or
 * the task's second parameter in `window.withProgress(options, (progress, token) => …)`. The
 * token ends with that request, and its listeners with it.
 */
function requestToken(b: BareCall, root: Node): boolean {
  const c = b.callee;
  if (c === null || c.receiver === null || c.name !== 'onCancellationRequested') return false;
  const r = unwrap(c.receiver);
  if (r.type !== 'Identifier') return false;
  const at = innermostFunction(root, b.site.call);
  if (at === null) return false;
  const params = at.fn.params;
  if (at.name !== null && /^(?:provide|resolve)/.test(at.name))
    return params.some((p) => paramNames(p).includes(r.name));
  const p = at.parent;
  if (p === null || p.type !== 'CallExpression' || p.arguments.at(-1) !== at.fn) return false;
  const pc = calleeOf(p);
  const second = params[1];
  return (
    pc !== null &&
    pc.name === 'withProgress' &&
    second !== undefined &&
    paramNames(second).includes(r.name)
  );
}

/** VP's panel reading (OWN_VIEW_EVENT above). */
function ownViewEvent(b: BareCall, root: Node): boolean {
  const c = b.callee;
  if (c === null || c.receiver === null || !OWN_VIEW_EVENT.test(c.name)) return false;
  let r = unwrap(c.receiver);
  if (r.type === 'MemberExpression' && !r.computed && propertyName(r) === 'webview')
    r = unwrap(r.object as Node);
  if (r.type !== 'Identifier') return false;
  const at = innermostFunction(root, b.site.call);
  if (at === null) return false;
  if (
    at.name !== null &&
    RESOLVES.test(at.name) &&
    at.fn.params.some((p) => paramNames(p).includes(r.name))
  )
    return true;
  return madeAsPanel(at.fn, r.name);
}

export function disposableRules(ctx: RuleContext): RawFinding[] {
  const out: RawFinding[] = [];
  for (const b of ctx.facts.bareCalls) {
    if (b.site.topLevel && b.site.repeat === null) continue;
    if (b.site.use.kind !== 'discarded' || b.callee === null) continue;
    // Subscribing to oneself or to an object made right here: the subscription dies with it.
    if (b.targetLife === 'self' || b.targetLife === 'created') continue;
    if (b.callee.receiver !== null && EVENT_SHAPE.test(b.callee.name) && collectedByEvent(b))
      continue;
    // What VS Code hands to one panel or one request ends with it (candidate VP).
    const root = ctx.facts.module.node;
    if (ownViewEvent(b, root) || requestToken(b, root)) continue;
    // A routed Angular component's own ActivatedRoute dies with it (candidate AR).
    if (
      b.callee.name === 'subscribe' &&
      ownRouteObservable(b.callee.receiver, b.site.classOwner) &&
      !ablated('disposable.own-route')
    )
      continue;
    // An output of a component one has made, through its ComponentRef (candidate CR).
    if (
      b.callee.name === 'subscribe' &&
      componentRefOutput(b.callee.receiver) &&
      !ablated('disposable.component-ref')
    )
      continue;
    const kind =
      ctx.oracle === null ? 'unknown' : ctx.oracle.returnKind(b.site.call, b.callee.name);
    // Typed, a disposable whose value is the receiver of a further call is in use, not thrown
    // away: `createHash('sha256').update(s).digest()` (src/http/auth.ts), `createReadStream(p)
    // .pipe(res)` — Node's streams have Symbol.asyncDispose (issue #16). A subscription of the
    // untyped shapes stays reported there (`obs.subscribe(fn).add(…)` loses it all the same).
    // `stmt` is null for such a chain (and for a non-last member of a sequence statement).
    const report =
      kind === 'unknown'
        ? shapeMatches(b)
        : (kind === 'disposable' || kind === 'unsubscribe') &&
          (b.site.stmt !== null || shapeMatches(b));
    if (!report || undoneByPairedCall(b, ctx.facts)) continue;
    const what =
      kind === 'unsubscribe'
        ? 'an unsubscribe function'
        : b.callee.name === 'subscribe'
          ? 'a subscription'
          : 'a disposable';
    const fix = disposableFix(b, ctx.facts, kind);
    out.push({
      rule: 'no-discarded-disposable',
      node: b.site.call,
      message: `${short(text(ctx.facts, b.site.call), 40)} returns ${what} that is thrown away; nothing can ever dispose it.`,
      suggestion: fix
        ? `Hand it to the class's container (${fix.container}); --fix applies this.`
        : 'Keep the result and dispose it in the teardown, or add it to a Scope / DisposableStore.',
      ...(fix ? { fix: fix.edits } : {}),
    });
  }
  return out;
}
