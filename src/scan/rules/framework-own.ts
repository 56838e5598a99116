// Objects a UI framework hands a component or directive as its own, which die with it: a
// directive's element (candidate DE), an Angular component's injected ElementRef (AE) and routed
// ActivatedRoute (AR). Found on held-out clean projects (issue #16, scan-corpus/clean/), where
// listeners and subscriptions on them were labelled false; each reading is pinned in
// test/scan/precision.test.ts. Like lifetime.ts, runs only for would-be findings.
import type { TSESTree } from '@typescript-eslint/types';
import type { ClassOrModule, Facts, Registration } from '../facts.js';
import {
  childNodes,
  classMembers,
  getterReturn,
  hasRange,
  isFunction,
  propertyName,
  unwrap,
  type Node,
} from '../syntax.js';
import { LONG_LIVED_PROP } from '../collect/collector.js';
import { bindingIn } from './lifetime.js';

/**
 * Candidate DE: a directive's setup hook is handed the element it is bound to, once per element,
 * so a listener added to that element directly in the hook's body dies with it — Geeker-Admin's
 * `v-longpress` (`mounted(el, binding) { el.addEventListener(…) }`), ungit's Knockout binding
 * handlers (`init: function (element, …)`), node-red-dashboard's AngularJS `link(scope,
 * element)`, clean corpus, held-out set. Also a `const` the hook sets to `element[0]` (the DOM
 * element under AngularJS's jqLite wrapper). Not the update hooks, which run again on the same
 * element, nor a function-style directive (`directive('x', (el) => …)`), which runs on updates.
 */
export function receiverIsDirectiveElement(r: Registration, facts: Facts): boolean {
  const hook = r.fns[0];
  if (r.receiverNode === null || !isFunction(hook) || hook.params.length === 0) return false;
  const u = unwrap(r.receiverNode);
  if (u.type !== 'Identifier') return false;
  // A loop inside the hook runs the registration again; one outside it is another matter.
  if (r.site.repeat !== null && hasRange(hook, r.site.repeat.node)) return false;
  // Cheap test first (the file walk below runs only when it passes): the receiver is one of the
  // hook's first two parameters, or the hook declares it.
  const [p0, p1] = hook.params;
  const isParam = (p: Node | undefined) => p?.type === 'Identifier' && p.name === u.name;
  if (!isParam(p0) && !isParam(p1) && bindingIn(hook, u.name)?.kind !== 'local') return false;
  const element = directiveHooks(facts).get(hook);
  if (element === undefined) return false;
  if (u.name === element) return true;
  // `const el = element[0]` directly in the hook.
  for (const st of (hook.body as Node).type === 'BlockStatement'
    ? (hook.body as TSESTree.BlockStatement).body
    : [])
    if (st.type === 'VariableDeclaration' && st.kind === 'const')
      for (const d of st.declarations) {
        if (d.id.type !== 'Identifier' || d.id.name !== u.name || d.init == null) continue;
        const init = unwrap(d.init as Node);
        return (
          init.type === 'MemberExpression' &&
          init.computed &&
          init.property.type === 'Literal' &&
          init.property.value === 0 &&
          unwrap(init.object as Node).type === 'Identifier' &&
          (unwrap(init.object as Node) as TSESTree.Identifier).name === element
        );
      }
  return false;
}

/**
 * Candidate AE: Angular's own element of a component or directive, the `ElementRef` it is
 * injected with (`constructor (private el: ElementRef)`, then `this.el.nativeElement`), as
 * candidate O reads `this.$el` (Eugeny/tabby tabby-core/src/directives/dropZone.directive.ts,
 * clean corpus, held-out set). The class declares `x` as an `ElementRef`: a constructor
 * parameter named `x` of that type (a parameter property, or one handed to the base class, which
 * keeps it under the same name), a field of that type, or a field set to `inject(ElementRef)`.
 * Exactly `this.x.nativeElement`: its `parentElement` is not the component's own.
 */
const HOST_ELEMENT = /^this\.([\w$]+)\.nativeElement$/;

export function ownHostElement(r: Registration): boolean {
  const m = HOST_ELEMENT.exec(r.receiverKey);
  const cls = r.site.classOwner;
  if (m === null || cls === null || cls.kind !== 'class') return false;
  return membersOfType(cls.node, 'ElementRef').has(m[1]!);
}

const typedMemberCache = new WeakMap<Node, Map<string, Set<string>>>();

/**
 * Names a class declares as an Angular-injected `type` (`ElementRef`, `ActivatedRoute`): a
 * constructor parameter of that type (a parameter property, or one handed to the base class,
 * which keeps it under the same name), a field of that type, or a field set to `inject(type)`.
 */
export function membersOfType(cls: Node, type: string): Set<string> {
  let byType = typedMemberCache.get(cls);
  if (byType === undefined) typedMemberCache.set(cls, (byType = new Map()));
  let out = byType.get(type);
  if (out !== undefined) return out;
  out = new Set();
  const isType = (t: Node | null | undefined): boolean => {
    const a = t?.type === 'TSTypeAnnotation' ? (t.typeAnnotation as Node) : t;
    return (
      a?.type === 'TSTypeReference' && a.typeName.type === 'Identifier' && a.typeName.name === type
    );
  };
  for (const m of classMembers(cls)) {
    if (m.type === 'PropertyDefinition' && m.key.type === 'Identifier') {
      const v = m.value ? unwrap(m.value as Node) : null;
      const injected =
        v?.type === 'CallExpression' &&
        v.callee.type === 'Identifier' &&
        v.callee.name === 'inject' &&
        v.arguments[0]?.type === 'Identifier' &&
        v.arguments[0].name === type;
      if (injected || isType(m.typeAnnotation as Node | undefined)) out.add(m.key.name);
    } else if (m.type === 'MethodDefinition' && m.kind === 'constructor') {
      for (const p of m.value.params) {
        const id = p.type === 'TSParameterProperty' ? p.parameter : p;
        if (id.type === 'Identifier' && isType(id.typeAnnotation as Node | undefined))
          out.add(id.name);
      }
    }
  }
  byType.set(type, out);
  return out;
}

/**
 * Candidate AR: a routed component's own `ActivatedRoute`, which the router destroys with the
 * component, so a subscription to one of its observables dies with it (homebridge-config-ui-x
 * `this.$route.data.subscribe(…)`, clean corpus, held-out set). Exactly `route.P` or
 * `this.route.P`: not `route.parent.P`, whose route outlives the child (DanWahlin/
 * Angular-JumpStart, labelled true).
 */
const ROUTE_OBSERVABLE = /^(?:params|queryParams|data|paramMap|queryParamMap|fragment|url)$/;

export function ownRouteObservable(receiver: Node | null, cls: ClassOrModule | null): boolean {
  if (receiver === null || cls === null || cls.kind !== 'class') return false;
  const u = unwrap(receiver);
  if (u.type !== 'MemberExpression') return false;
  const p = propertyName(u);
  if (p === null || !ROUTE_OBSERVABLE.test(p)) return false;
  const name = nameOrThisField(u.object as Node);
  return name !== null && membersOfType(cls.node, 'ActivatedRoute').has(name);
}

const DIRECTIVE_SETUP = /^(?:bind|inserted|created|beforeMount|mounted)$/;
const DIRECTIVE_HOOK =
  /^(?:bind|inserted|update|componentUpdated|unbind|created|beforeMount|mounted|beforeUpdate|updated|beforeUnmount|unmounted)$/;

const directiveHookCache = new WeakMap<Facts, Map<Node, string>>();

/** Setup hooks of directives in the file -> the name of their element parameter. */
function directiveHooks(facts: Facts): Map<Node, string> {
  let out = directiveHookCache.get(facts);
  if (out !== undefined) return out;
  const found = new Map<Node, string>();
  const firstParam = (fn: Node, at: number): string | null => {
    if (!isFunction(fn)) return null;
    const p = fn.params[at];
    return p !== undefined && p.type === 'Identifier' ? p.name : null;
  };
  const hooksOf = (obj: TSESTree.ObjectExpression, handed: boolean, knockout: boolean): void => {
    const keys = new Set<string>();
    for (const p of obj.properties)
      if (p.type === 'Property') {
        const k = propertyName(p);
        if (k !== null) keys.add(k);
      }
    for (const p of obj.properties) {
      if (p.type !== 'Property') continue;
      const k = propertyName(p);
      const fn = unwrap(p.value as Node);
      if (k === null || !isFunction(fn)) continue;
      if (knockout) {
        const el = k === 'init' ? firstParam(fn, 0) : null;
        if (el !== null) found.set(fn, el);
      } else if (k === 'link') {
        const scope = firstParam(fn, 0);
        const el = firstParam(fn, 1);
        if (el !== null && (scope === 'scope' || scope === '$scope')) found.set(fn, el);
      } else if (DIRECTIVE_SETUP.test(k)) {
        const el = firstParam(fn, 0);
        if (el === null) continue;
        const binding = firstParam(fn, 1);
        const otherHook = [...keys].some((x) => x !== k && DIRECTIVE_HOOK.test(x));
        if (handed || binding === 'binding' || otherHook) found.set(fn, el);
      }
    }
  };
  const visit = (n: Node): void => {
    if (n.type === 'AssignmentExpression' && n.right.type === 'ObjectExpression') {
      const left = unwrap(n.left as Node);
      const knockout =
        left.type === 'MemberExpression' &&
        left.object.type === 'MemberExpression' &&
        propertyName(left.object) === 'bindingHandlers';
      if (knockout) hooksOf(n.right, false, true);
    } else if (n.type === 'CallExpression') {
      const c = unwrap(n.callee as Node);
      if (c.type === 'MemberExpression' && propertyName(c) === 'directive')
        for (const a of n.arguments) if (a.type === 'ObjectExpression') hooksOf(a, true, false);
    }
    if (n.type === 'ObjectExpression') hooksOf(n, false, false);
    for (const c of childNodes(n)) visit(c);
  };
  visit(facts.module.node);
  out = found;
  directiveHookCache.set(facts, out);
  return out;
}

/**
 * Candidate CR: an `@Output()` of a component one has made, reached through its `ComponentRef`
 * (`this._windowRef.instance.selectEvent`, `componentRef.instance['visibleChange']`): the emitter
 * belongs to that component, so a subscription to it dies with the component
 * (ng-bootstrap/ng-bootstrap src/modal/modal-ref.ts, clean corpus, held-out set).
 */
export function componentRefOutput(receiver: Node | null): boolean {
  if (receiver === null) return false;
  const u = unwrap(receiver);
  if (u.type !== 'MemberExpression') return false;
  const inst = unwrap(u.object as Node);
  if (inst.type !== 'MemberExpression' || propertyName(inst) !== 'instance') return false;
  const name = nameOrThisField(inst.object as Node);
  return name !== null && /Ref$/.test(name);
}

/**
 * Candidate OG′: a getter over a part of an object the class makes
 * (`get webContents() { return this.view.webContents }` with `this.view = new BrowserView(…)`):
 * `this.webContents` is that object's part, as `this.view.webContents` is, so a listener on it
 * dies with the object (meetfranz/franz src/models/ServiceBrowserView.ts, clean corpus, held-out
 * set). Not a long-lived part (`this.x.socket`, `this.x.app`…).
 */
export function getterOverMadePart(r: Registration): boolean {
  const cls = r.site.classOwner;
  if (cls === null || cls.kind !== 'class') return false;
  const m = /^this\.([\w$#]+)/.exec(r.receiverKey);
  if (m === null) return false;
  for (const d of classMembers(cls.node)) {
    if (d.type !== 'MethodDefinition' || d.kind !== 'get' || propertyName(d) !== m[1]) continue;
    const returned = getterReturn(d);
    if (returned === null) return false;
    const u = unwrap(returned);
    if (u.type !== 'MemberExpression' || u.computed) return false;
    const part = propertyName(u);
    const base = unwrap(u.object as Node);
    if (part === null || LONG_LIVED_PROP.test(part) || base.type !== 'MemberExpression')
      return false;
    const field = propertyName(base);
    return (
      field !== null &&
      unwrap(base.object as Node).type === 'ThisExpression' &&
      cls.createdFields.has('this.' + field)
    );
  }
  return false;
}

/** `x` for a name `x` or a field `this.x`; null for anything else. */
function nameOrThisField(n: Node): string | null {
  const u = unwrap(n);
  if (u.type === 'Identifier') return u.name;
  return u.type === 'MemberExpression' && unwrap(u.object as Node).type === 'ThisExpression'
    ? propertyName(u)
    : null;
}
