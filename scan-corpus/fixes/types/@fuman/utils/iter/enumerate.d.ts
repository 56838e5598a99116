export declare function enumerate<T>(iterable: Iterable<T>): IterableIterator<[number, T]>;
