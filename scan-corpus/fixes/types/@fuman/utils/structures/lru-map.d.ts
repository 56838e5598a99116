interface TwoWayLinkedList<K, T> {
    k: K;
    v: T;
    p?: TwoWayLinkedList<K, T>;
    n?: TwoWayLinkedList<K, T>;
}
/**
 * Simple class implementing LRU-like behaviour for a Map
 *
 * Can be used to handle local cache of *something*
 *
 * Uses two-way linked list internally to keep track of insertion/access order
 */
export declare class LruMap<K, V> {
    #private;
    constructor(capacity: number, MapImpl?: new () => Map<K, TwoWayLinkedList<K, V>>);
    get(key: K): V | undefined;
    has(key: K): boolean;
    set(key: K, value: V): void;
    delete(key: K): void;
    clear(): void;
}
export {};
