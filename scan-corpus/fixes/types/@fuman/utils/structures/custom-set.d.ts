/**
 * A `Set`-compatible class that allows using a custom key mapper
 * function for both reading and writing.
 *
 * > **Important**: `union` and similar methods are not supported,
 * > as there's no way which kind of key the other set uses.
 * > This might change in the future.
 */
export declare class CustomSet<ExternalKey, InternalKey> implements Set<ExternalKey> {
    #private;
    readonly clear: Set<ExternalKey>['clear'];
    constructor(externalToInternal: (key: ExternalKey) => InternalKey, internalToExternal: (key: InternalKey) => ExternalKey);
    get size(): number;
    add(value: ExternalKey): this;
    delete(value: ExternalKey): boolean;
    forEach(callbackfn: (value: ExternalKey, value2: ExternalKey, set: Set<ExternalKey>) => void, thisArg?: any): void;
    has(value: ExternalKey): boolean;
    entries(): ReturnType<Set<ExternalKey>['entries']>;
    keys(): ReturnType<Set<ExternalKey>['keys']>;
    values(): ReturnType<Set<ExternalKey>['keys']>;
    union<U>(): Set<ExternalKey | U>;
    intersection<U>(): Set<ExternalKey & U>;
    difference(): Set<ExternalKey>;
    symmetricDifference<U>(): Set<ExternalKey | U>;
    isSubsetOf(): boolean;
    isSupersetOf(): boolean;
    isDisjointFrom(): boolean;
    [Symbol.iterator](): ReturnType<Set<ExternalKey>['keys']>;
    get [Symbol.toStringTag](): string;
    getInternalSet(): Set<InternalKey>;
}
