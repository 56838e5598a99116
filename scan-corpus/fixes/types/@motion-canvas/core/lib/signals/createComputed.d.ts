import { Computed } from '../signals';
export declare function createComputed<TValue>(factory: (...args: any[]) => TValue, owner?: any): Computed<TValue>;
//# sourceMappingURL=createComputed.d.ts.map