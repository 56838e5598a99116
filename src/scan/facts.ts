// The facts one walk over a file collects; the rules (rules/*.ts) only read them.
import type { TSESTree } from '@typescript-eslint/types';
import type { Callee, CallExpression, ContainerKind, Node } from './syntax.js';

/** Why a piece of code runs many times. */
export type RepeatKind = 'iteration' | 'event' | 'request' | 'tick' | 'render';

/** What happens to the value a call returns. */
export type Use =
  | { readonly kind: 'discarded' }
  | { readonly kind: 'voided' }
  | { readonly kind: 'stored'; readonly target: string }
  | { readonly kind: 'returned' }
  | { readonly kind: 'passed'; readonly callee: Callee | null }
  | { readonly kind: 'used' };

export interface CallRec {
  readonly call: CallExpression;
  /** Key text of the receiver (`this.server`), or null for a plain function call. */
  readonly receiver: string | null;
  readonly args: readonly Node[];
  /**
   * Identity keys of the arguments that are names or member paths, with aliases resolved as the
   * receiver's are (`const ev = config.eventName` makes `ev` `config.eventName`); null for
   * other arguments, whose key is their text (see argKey in rules/context.ts).
   */
  readonly argKeys: readonly (string | null)[];
}

/**
 * Where removals and clears are looked for. A class is the owner of what its methods register
 * (its teardown may be any method); code outside classes is owned by the module, because
 * `start()`/`stop()` pairs are usually sibling functions.
 */
export interface ClassOrModule {
  readonly node: Node;
  readonly kind: 'class' | 'module';
  /** Every call in the owner, by method or function name. */
  readonly calls: Map<string, CallRec[]>;
  /** Key texts of identifiers / member chains passed as a call argument or returned. */
  readonly handedOff: Set<string>;
  /** `this.x` fields the class creates itself (`new`, factory call): they die with it. */
  readonly createdFields: Set<string>;
  /** `this.x` fields the class assigns from a call or `new` (any callee), awaited or not. */
  readonly obtainedFields: Set<string>;
  /** Method name -> function node (for the module: its named functions, first of each name). */
  readonly methods: Map<string, Node>;
  /** Container fields (`scope = new Scope()`), with where they become usable. */
  readonly containers: ContainerField[];
  superClass: string | null;
}

export interface ContainerField {
  /** Key text, e.g. `this.scope`. */
  readonly field: string;
  readonly kind: ContainerKind;
  /** Offset from which the field holds the container: -1 for a class property initializer. */
  readonly readyAt: number;
}

export interface MethodInfo {
  readonly owner: ClassOrModule;
  readonly name: string;
  readonly isCtor: boolean;
  readonly isStatic: boolean;
  readonly body: TSESTree.BlockStatement | null;
}

/**
 * Where a recorded call sits: what happens to its value and the code around it. Every
 * registration, timer and bare call carries one (`record.site`); one shape for all of them.
 */
export interface Site {
  readonly call: CallExpression;
  readonly use: Use;
  /** The statement when the call is a bare expression statement. */
  readonly stmt: TSESTree.ExpressionStatement | null;
  /** Nearest class owner, if any. */
  readonly classOwner: ClassOrModule | null;
  /**
   * True when the call runs at module top level (once per process), directly or in a loop or an
   * array walk's callback there (`[…].forEach(cb)`: a fixed number of times).
   */
  readonly topLevel: boolean;
  /** Innermost enclosing method of a class, when the statement sits directly in its body. */
  readonly directMethod: MethodInfo | null;
  /** Enclosing method (at any depth) of the nearest class. */
  readonly method: MethodInfo | null;
  /** Nearest code that runs many times, whatever the receiver. */
  readonly repeat: { readonly kind: RepeatKind; readonly node: Node } | null;
}

export interface Registration {
  readonly site: Site;
  readonly api: string;
  readonly receiverKey: string;
  readonly receiverNode: Node | null;
  readonly eventKey: string | null;
  readonly listener: Node;
  /** Identity key of the listener; null when it is a fresh function or `.bind()`. */
  readonly listenerKey: string | null;
  readonly capture: boolean | undefined;
  readonly options: Node | undefined;
  /** How long the receiver lives compared with the registering code. */
  readonly receiverLife: 'self' | 'created' | 'event' | 'outer';
  /** True when the receiver was declared outside `repeat` (so it outlives each run). */
  readonly receiverOutlivesRepeat: boolean;
  /** Enclosing function nodes, innermost first. */
  readonly fns: readonly Node[];
  /** Name of the innermost enclosing function, if it has one. */
  readonly fnName: string | null;
  /**
   * True when the registration runs only while an enclosing `if` says "not done yet" and its
   * branch makes it done (`if (!flag) { flag = true; x.on() }`): see collect/guards.ts.
   */
  readonly guarded: boolean;
  /**
   * Set on a registration made by calling a registration wrapper of the same file
   * (`listen(el, 'x', h)` with `function listen(t, e, f) { t.addEventListener(e, f) }`). The
   * record stands at the call, with the call's arguments as receiver, event and listener
   * (collect/wrappers.ts).
   */
  readonly via: WrapperCall | null;
  /** True for the registration inside a wrapper whose calls in the file are recorded instead. */
  readonly wrapped: boolean;
}

export interface WrapperCall {
  /** The wrapper's name. */
  readonly name: string;
  /** The registration call inside the wrapper that this call makes. */
  readonly inner: CallExpression;
  /** The receiver argument is a parameter of the calling function, passed on as it is. */
  readonly passThrough: boolean;
}

export interface Removal {
  readonly call: CallExpression;
  readonly api: string;
  readonly receiverKey: string;
  readonly eventKey: string | null;
  readonly listener: Node | null;
  readonly listenerKey: string | null;
  readonly capture: boolean | undefined;
  readonly classOwner: ClassOrModule | null;
}

export interface TimerSite {
  readonly site: Site;
  readonly kind: 'interval' | 'timeout';
  /** Set when the handle is assigned to a member (`this.t = setTimeout(...)`). */
  readonly field: { readonly key: string; readonly raw: string; readonly start: number } | null;
  /** Innermost enclosing function node. */
  readonly fn: Node | null;
  readonly fnName: string | null;
  /** True when the innermost enclosing function is itself a timer callback. */
  readonly inTimerCallback: boolean;
  /** Armed at most once, as `Registration.guarded` says (collect/guards.ts). */
  readonly guarded: boolean;
}

export interface BareCall {
  readonly site: Site;
  readonly callee: Callee | null;
  /** Lifetime of what the call subscribes to: the receiver, or the first argument of f(target, ...). */
  readonly targetLife: 'self' | 'created' | 'event' | 'outer';
}

/** A function whose body runs per render (component, hook) or once per UI instance (Vue setup). */
export type UiFunctionKind = 'component' | 'hook' | 'setup';

/**
 * A subscribe-like call or timer whose innermost enclosing function is a UI function (not a
 * callback inside it such as an effect): `on/once/addListener/addEventListener/subscribe`,
 * `setTimeout/setInterval`. Recorded only in files that have such functions.
 */
export interface UiCall {
  readonly call: CallExpression;
  readonly callee: Callee;
  /** The component, hook or setup function the call sits directly in. */
  readonly fn: Node;
  readonly fnName: string;
  readonly kind: UiFunctionKind;
  /** Lifetime of the receiver (`'outer'` for timers and plain calls). */
  readonly receiverLife: 'self' | 'created' | 'event' | 'outer';
  readonly receiverKey: string | null;
  /** Key text of the first argument (the event), or null. */
  readonly eventKey: string | null;
  /** What happens to the call's value (a kept unsubscribe function or timer handle). */
  readonly use: Use['kind'];
}

/** `this.x = receiver.method(...)` in a class: what the field holds may need ending. */
export interface StoredCall {
  readonly call: CallExpression;
  readonly callee: Callee;
  /** Key text of the field, e.g. `this.sub`. */
  readonly target: string;
  readonly classOwner: ClassOrModule;
}

export interface Facts {
  readonly src: string;
  readonly module: ClassOrModule;
  readonly registrations: Registration[];
  readonly removals: Removal[];
  readonly timers: TimerSite[];
  readonly bareCalls: BareCall[];
  /** Functions returned from another function (cleanup functions), mapped to that function. */
  readonly returnedFns: Map<Node, Node>;
  readonly thisAliases: Set<string>;
  /** Method-call results stored in `this.` fields of a class (read by typed rules). */
  readonly storedCalls: StoredCall[];
  /** Subscriptions and timers directly in component, hook and Vue setup bodies. */
  readonly uiCalls: UiCall[];
  /** UI functions that call a hook (`useState(...)`, `React.useEffect(...)`) themselves. */
  readonly hookUsers: Set<Node>;
  /** The file may hold JSX (`.jsx`/`.tsx`): PascalCase functions there are components. */
  readonly jsx: boolean;
}
