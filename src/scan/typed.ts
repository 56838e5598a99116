// The typed path: a TypeScript program built once for the whole scan, and an oracle that asks
// the checker what a call returns. Only candidate calls are ever asked about, which keeps the
// typed scan close to the cost of building the program itself.
import { extname } from 'node:path';
import { isComponentFile } from './sfc.js';
import type * as TS from 'typescript';
import { CONTAINER_CLASSES, type CallExpression } from './syntax.js';
import type { ReturnKind, TypeOracle } from './oracle.js';
import { UsageError } from './files.js';
import { loadTypeScript } from './parse.js';

/** Calls whose returned function is an unsubscribe function. */
const SUBSCRIBE_NAME =
  /^(?:on|once|subscribe|listen|watch|observe|add\w*Listener|register|connect|autorun|reaction)/i;

export interface NodeMap {
  get(node: CallExpression): TS.Node | undefined;
}

export function createOracle(checker: TS.TypeChecker, map: NodeMap): TypeOracle {
  const ts = loadTypeScript();
  const nothing =
    ts.TypeFlags.Void | ts.TypeFlags.Undefined | ts.TypeFlags.Null | ts.TypeFlags.Never;
  const returnsThis = (node: TS.Node): boolean => {
    if (!ts.isCallExpression(node)) return false;
    const declared = checker.getResolvedSignature(node)?.getDeclaration();
    return declared !== undefined && declared.type?.kind === ts.SyntaxKind.ThisType;
  };
  const opaque = ts.TypeFlags.Any | ts.TypeFlags.Unknown;
  const same = (a: TS.Type, b: TS.Type): boolean =>
    checker.isTypeAssignableTo(a, b) && checker.isTypeAssignableTo(b, a);
  /**
   * Whether the call hands back something its caller already holds: its receiver or one of its
   * arguments (issue #16: on leakguard's own `src/`, `scope.add(r)` returns `r`,
   * `Object.defineProperty(o, …)` returns `o`, ioredis' `multi().zadd(…)` returns the pipeline;
   * the typed scan reported each as a disposable thrown away). Two ways to tell:
   * - the signature's declared return type is one of its type parameters, and a parameter is
   *   declared with exactly that type (`add<T>(task: T): T`): the argument passes through,
   *   whatever it is (a function too);
   * - the instantiated return type and the receiver's or an argument's type are assignable to
   *   each other (`zadd(…): ChainableCommander` on a ChainableCommander). Function types are
   *   left out: one `() => void` is any other, and an unsubscribe function returned by
   *   `bus.on('x', () => {})` is not the listener it was given.
   * The cost is only paid for calls that would otherwise be a disposable or an unsubscribe.
   */
  const handsBack = (node: TS.CallExpression, type: TS.Type): 'receiver' | 'argument' | null => {
    const signature = checker.getResolvedSignature(node);
    const declared = signature?.getDeclaration();
    if (declared !== undefined) {
      const generic = checker.getSignatureFromDeclaration(declared);
      const ret = generic === undefined ? undefined : checker.getReturnTypeOfSignature(generic);
      if (
        generic !== undefined &&
        ret !== undefined &&
        ret.flags & ts.TypeFlags.TypeParameter &&
        generic.parameters.some((p) => checker.getTypeOfSymbolAtLocation(p, declared) === ret)
      )
        return 'argument';
    }
    const returned = checker.getNonNullableType(type);
    if (returned.flags & opaque || !(returned.flags & ts.TypeFlags.Object)) return null;
    if (returned.getCallSignatures().length > 0) return null;
    const holds = (e: TS.Expression): boolean => {
      const t = checker.getNonNullableType(checker.getTypeAtLocation(e));
      return (t.flags & opaque) === 0 && same(returned, t);
    };
    const callee = node.expression;
    if (
      (ts.isPropertyAccessExpression(callee) || ts.isElementAccessExpression(callee)) &&
      holds(callee.expression)
    )
      return 'receiver';
    return node.arguments.some((a) => !ts.isSpreadElement(a) && holds(a)) ? 'argument' : null;
  };
  /**
   * Whether `t` is a container of cleanups (the classes `new` of which the syntax already takes
   * for an owner: leakguard's Scope, DisposableStore, DisposableStack, RxJS Subscription), by
   * its class or a base class. What such a receiver's methods return, it keeps and ends itself:
   * leakguard's `scope.setTimeout(…)`, `scope.on(target, …)`, `scope.connect(signal, …)` return
   * a Connection the scope disposes (issue #16: 8 of the typed scan's findings on leakguard's own
   * `src/`, and every such call in code using leakguard).
   */
  const container = (t: TS.Type, depth: number): boolean => {
    const name = t.getSymbol()?.getName();
    if (name !== undefined && Object.hasOwn(CONTAINER_CLASSES, name)) return true;
    if (depth >= 4 || !(t.flags & ts.TypeFlags.Object)) return false;
    const o = t as TS.ObjectType;
    const target =
      o.objectFlags & ts.ObjectFlags.Reference ? (o as TS.TypeReference).target : (o as TS.Type);
    if (!((target as TS.ObjectType).objectFlags & ts.ObjectFlags.ClassOrInterface)) return false;
    return (checker.getBaseTypes(target as TS.InterfaceType) ?? []).some((b) =>
      container(b, depth + 1),
    );
  };
  const keptByReceiver = (node: TS.CallExpression): boolean => {
    const callee = node.expression;
    if (!ts.isPropertyAccessExpression(callee) && !ts.isElementAccessExpression(callee))
      return false;
    const t = checker.getNonNullableType(checker.getTypeAtLocation(callee.expression));
    return (t.flags & opaque) === 0 && container(t, 0);
  };
  return {
    returnKind(call, calleeName): ReturnKind {
      const node = map.get(call);
      if (node === undefined) return 'unknown';
      const type = checker.getTypeAtLocation(node);
      const kind = classify(node, type, calleeName);
      if (kind !== 'disposable' && kind !== 'unsubscribe') return kind;
      if (!ts.isCallExpression(node)) return kind;
      // The receiver handed back is what `this`-returning calls are; an argument handed back
      // is no registration's handle either.
      const held = handsBack(node, type);
      if (held !== null) return held === 'receiver' ? 'emitter' : 'other';
      return keptByReceiver(node) ? 'kept' : kind;
    },
  };

  function classify(node: TS.Node, type: TS.Type, calleeName: string): ReturnKind {
    if (type.flags & opaque) return 'unknown';
    // A method declared to return `this` hands back its receiver for chaining (Node's
    // `emitter.on()`, `stream.off()`, `server.listen()`): nothing new is made, whatever the
    // receiver's type has. Node's streams and servers have Symbol.asyncDispose, which would
    // otherwise make every chained call on them "a disposable" (issue #16, fix corpus tuning
    // half: playwright streamDispatcher.ts, vite http.ts).
    if (returnsThis(node)) return 'emitter';
    const parts = (type.isUnion() ? type.types : [type]).filter((t) => (t.flags & nothing) === 0);
    if (parts.length === 0) return 'other';
    let kind: ReturnKind = 'other';
    for (const t of parts) {
      if (t.flags & opaque) return 'unknown';
      const props = t.getProperties();
      const names = new Set(props.map((p) => p.escapedName as string));
      if (names.has('then')) return 'promise';
      for (const n of names) {
        if (
          n === 'dispose' ||
          n === 'unsubscribe' ||
          n.startsWith('__@dispose') ||
          n.startsWith('__@asyncDispose')
        )
          return 'disposable';
      }
      if (t.getCallSignatures().length > 0 && SUBSCRIBE_NAME.test(calleeName)) kind = 'unsubscribe';
      else if (
        kind === 'other' &&
        (names.has('on') || names.has('addListener') || names.has('addEventListener'))
      )
        kind = 'emitter';
    }
    return kind;
  }
}

/**
 * "The 'files' list in config file is empty" (a solution-style tsconfig, `"files": []`) and
 * "No inputs were found in config file": the scanned files are added as roots below.
 */
const NO_INPUTS = new Set([18002, 18003]);

/**
 * Builds one program for the scanned files with the options of `tsconfigPath`. A tsconfig that
 * cannot be read or has errors (bad JSON, an `extends` not found, an unknown option) is a
 * `UsageError` naming it, as `tsc` refuses it, rather than a typed scan with default options.
 */
export function createProgram(tsconfigPath: string, files: readonly string[]): TS.Program {
  const ts = loadTypeScript();
  const problem = (d: TS.Diagnostic): UsageError =>
    new UsageError(
      `tsconfig ${tsconfigPath}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
    );
  const host: TS.ParseConfigFileHost = {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw problem(d);
    },
  };
  const parsed = ts.getParsedCommandLineOfConfigFile(tsconfigPath, { noEmit: true }, host);
  if (parsed === undefined) throw new UsageError(`Cannot read tsconfig ${tsconfigPath}`);
  const error = parsed.errors.find(
    (d) => d.category === ts.DiagnosticCategory.Error && !NO_INPUTS.has(d.code),
  );
  if (error !== undefined) throw problem(error);
  const options: TS.CompilerOptions = {
    ...parsed.options,
    noEmit: true,
    allowJs: true,
    checkJs: false,
  };
  // (Node scripts with no extension and component files are read syntax-only: TypeScript takes
  // files by extension.)
  const typed = files.filter((f) => extname(f) !== '' && !isComponentFile(f));
  return ts.createProgram({ rootNames: [...new Set([...parsed.fileNames, ...typed])], options });
}
