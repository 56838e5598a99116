/**
 * Simple class implementing LRU-like behaviour for a Set.
 *
 * Note: this is not exactly LRU, but rather "least recently added"
 * and doesn't mark items as recently added if they are already in the set.
 *
 * Uses one-way linked list internally to keep track of insertion order
 */
export declare class LruSet<T> {
    #private;
    constructor(capacity: number, SetImpl?: new () => Set<T>);
    clear(): void;
    add(val: T): void;
    has(val: T): boolean;
}
