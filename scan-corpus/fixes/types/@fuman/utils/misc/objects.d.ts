import { MaybeArray } from '../types/misc.js';
/**
 * Strictly typed `Object.keys`
 */
export declare function objectKeys<T extends object>(obj: T): Array<`${keyof T & (string | number | boolean | null | undefined)}`>;
/**
 * Strictly typed `Object.entries`
 */
export declare function objectEntries<T extends object>(obj: T): Array<[keyof T, T[keyof T]]>;
/**
 * remove undefined fields from an object (! mutates the object !)
 */
export declare function clearUndefined<T extends object>(obj: T): T;
export type MergeInsertions<T> = T extends object ? {
    [K in keyof T]: MergeInsertions<T[K]>;
} : T;
export type DeepMerge<F, S> = MergeInsertions<{
    [K in keyof F | keyof S]: K extends keyof S & keyof F ? DeepMerge<F[K], S[K]> : K extends keyof S ? S[K] : K extends keyof F ? F[K] : never;
}>;
export interface DeepMergeOptions {
    /**
     * when `undefined` value is encountered, should we **replace** the value
     * in the target object with `undefined` or **ignore** it?
     *
     * @default 'ignore'
     */
    undefined?: 'replace' | 'ignore';
    /**
     * when a property is encountered that is already present in the target object,
     * should we **replace** the value in the target object with the value from
     * the source object or **ignore** it?
     *
     * @default 'replace'
     */
    properties?: 'replace' | 'ignore';
    /**
     * when an array is encountered that is already present in the target object,
     * should we **replace** the value in the target object with the value from
     * the source object, **merge** the arrays together or **ignore** it?
     *
     * @default 'replace'
     */
    arrays?: 'replace' | 'merge' | 'ignore';
    /**
     * when an object is encountered that is already present in the target object,
     * should we **replace** the value in the target object with the value from
     * the source object, **merge** the objects together or **ignore** it?
     *
     * @default 'merge'
     */
    objects?: 'replace' | 'merge' | 'ignore';
}
export declare function deepMerge<T extends object = object>(into: T, from: MaybeArray<T>, options?: DeepMergeOptions): T;
export declare function deepMerge<T extends object = object, S extends object = T>(into: T, from: MaybeArray<S>, options?: DeepMergeOptions): DeepMerge<T, S>;
