// What every rule receives, and the shape of what it reports before positions are computed.
import type { CallRec, Facts, ClassOrModule, Registration } from '../facts.js';
import type { Edit, RuleId } from '../model.js';
import type { TypeOracle } from '../oracle.js';
import { endOf, keyText, REMOVAL_FOR, startOf, type Node } from '../syntax.js';

export interface RuleContext {
  readonly facts: Facts;
  readonly oracle: TypeOracle | null;
}

export interface RawFinding {
  readonly rule: RuleId;
  readonly node: Node;
  readonly message: string;
  readonly suggestion: string;
  readonly fix?: readonly Edit[];
}

/** Owners to search for a removal or clear of `receiverKey`: the class, then the module. */
export function ownersFor(
  facts: Facts,
  classOwner: ClassOrModule | null,
  receiverKey: string,
): ClassOrModule[] {
  if (classOwner === null) return [facts.module];
  if (receiverKey === 'this' || receiverKey.startsWith('this.') || receiverKey.startsWith('this['))
    return [classOwner];
  return [classOwner, facts.module];
}

export function text(facts: Facts, n: Node): string {
  return facts.src.slice(startOf(n), endOf(n));
}

/** Shortens source text for messages. */
export function short(s: string, max = 40): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length <= max ? one : one.slice(0, max - 1) + '…';
}

/** The identity key of argument `i` of a recorded call (aliases resolved), or null when absent. */
export function argKey(facts: Facts, rec: CallRec, i: number): string | null {
  const a = rec.args[i];
  if (a === undefined) return null;
  return rec.argKeys[i] ?? keyText(facts.src, a, facts.thisAliases);
}

/** A registration as findings name it: `bus.on("x", …)`, or the wrapper call that makes it. */
export function describe(r: Registration, facts: Facts): string {
  const recv = short(text(facts, r.receiverNode ?? r.site.call), 30);
  const what =
    r.eventKey === null ? `${recv}.${r.api}(…)` : `${recv}.${r.api}(${short(r.eventKey, 24)}, …)`;
  return r.via === null ? what : `${r.via.name}(…), which calls ${what},`;
}

/** The removal a finding suggests for a registration: `bus.off(…)`. */
export function removalOf(r: Registration, facts: Facts): string {
  return `${short(text(facts, r.receiverNode ?? r.site.call), 30)}.${REMOVAL_FOR[r.api] ?? 'off'}(…)`;
}
