/** @ignore */
export declare function entries<T extends {}>(obj: T): [keyof T, T[keyof T]][];
/** @ignore */
export declare function keys<T extends {}>(obj: T): (keyof T)[];
//# sourceMappingURL=typedefs.d.ts.map