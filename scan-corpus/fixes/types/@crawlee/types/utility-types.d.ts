/** @ignore */
export declare type Dictionary<T = any> = Record<PropertyKey, T>;
/** @ignore */
export declare type Constructor<T = unknown> = new (...args: any[]) => T;
/** @ignore */
export declare type Awaitable<T> = T | PromiseLike<T>;
export declare type AllowedHttpMethods = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'DELETE' | 'TRACE' | 'OPTIONS' | 'CONNECT' | 'PATCH';
//# sourceMappingURL=utility-types.d.ts.map