export declare function splitOnce(str: string, separator: string): [string, string];
export declare function assertStartsWith(str: string, prefix: string): asserts str is `${typeof prefix}${string}`;
export declare function assertEndsWith(str: string, suffix: string): asserts str is `${string}${typeof suffix}`;
