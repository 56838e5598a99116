/**
 * A `Map`-compatible class that allows using a custom key mapper
 * function for both reading and writing.
 */
export declare class CustomMap<ExternalKey, InternalKey, V> implements Map<ExternalKey, V> {
    #private;
    readonly clear: Map<ExternalKey, V>['clear'];
    constructor(externalToInternal: (key: ExternalKey) => InternalKey, internalToExternal: (key: InternalKey) => ExternalKey);
    getInternalMap(): Map<InternalKey, V>;
    delete(key: ExternalKey): boolean;
    forEach(callbackfn: (value: V, key: ExternalKey, map: Map<ExternalKey, V>) => void, thisArg?: any): void;
    get(key: ExternalKey): V | undefined;
    getOrInsert(key: ExternalKey, defaultValue: V): V;
    getOrInsertComputed(key: ExternalKey, callback: (key: ExternalKey) => V): V;
    has(key: ExternalKey): boolean;
    set(key: ExternalKey, value: V): this;
    get size(): number;
    entries(): ReturnType<Map<ExternalKey, V>['entries']>;
    keys(): ReturnType<Map<ExternalKey, V>['keys']>;
    values(): ReturnType<Map<ExternalKey, V>['values']>;
    [Symbol.iterator](): ReturnType<Map<ExternalKey, V>['entries']>;
    get [Symbol.toStringTag](): string;
}
