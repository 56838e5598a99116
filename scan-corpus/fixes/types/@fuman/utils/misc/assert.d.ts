import { Brand } from '../types/brand.js';
export declare function assert(condition: boolean, message?: unknown): asserts condition;
export declare function assertHasKey<Obj extends object, Key extends string>(obj: Obj, key: Key): asserts obj is Obj & Record<Key, unknown>;
export declare function unsafeCastType<T>(value: unknown): asserts value is T;
export declare function assertNonNull<T>(value: T): asserts value is Exclude<T, null | undefined>;
export declare function asNonNull<T>(value: null extends T ? T : undefined extends T ? T : Brand<'type is not nullable', 'TypeError'>): Exclude<T, null | undefined>;
export declare function assertMatches(str: string, regex: RegExp): RegExpMatchArray;
