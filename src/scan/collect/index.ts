// One walk over a file that records registrations, removals, timers and bare calls, together
// with the context the rules need (owner, receiver lifetime, code that runs many times).
// The parts: collector.ts (the state: frames, classes, names; scope and lifetime questions),
// walk.ts (the depth-first pass), calls.ts (what each call is), records.ts (the records) and
// wrappers.ts (the file's registration wrappers; a file that calls one is walked twice).
import type { TSESTree } from '@typescript-eslint/types';
import type { Facts } from '../facts.js';
import { Collector } from './collector.js';
import { nodeTypesFor, walk, type VisitorKeys } from './walk.js';
import { markWrapped, wrappersOf } from './wrappers.js';

export type { VisitorKeys } from './walk.js';

export interface CollectOptions {
  /** Treat PascalCase functions as React components whose body runs per render. Default: false. */
  readonly jsx?: boolean;
  /**
   * The parser's visitor keys (child properties of each node type, in evaluation order), as
   * ESLint's `sourceCode.visitorKeys`, oxc-parser's and typescript-eslint's `visitorKeys`.
   * With them the walk visits children in source order whatever order the parser created the
   * properties in, and skips a node's scalar properties without looking at them. Node types
   * they do not list (and every type, without them) are walked through all their properties.
   * Default: none.
   */
  readonly visitorKeys?: VisitorKeys;
}

export function collect(
  program: TSESTree.Program,
  src: string,
  options: CollectOptions = {},
): Facts {
  const types = nodeTypesFor(options.visitorKeys);
  const c = new Collector(program, src, options.jsx === true);
  walk(c, program, types);
  const wrappers = wrappersOf(c);
  if (wrappers === null) return c.facts;
  // The file calls a registration wrapper of its own: walk it again knowing them, so that each
  // call records a registration on its argument (collect/wrappers.ts).
  const again = new Collector(program, src, options.jsx === true);
  again.wrappers = wrappers;
  walk(again, program, types);
  markWrapped(again.facts, wrappers);
  return again.facts;
}
