import { SignalValue } from './types';
export declare function isReactive<T>(value: SignalValue<T>): value is () => T;
//# sourceMappingURL=isReactive.d.ts.map