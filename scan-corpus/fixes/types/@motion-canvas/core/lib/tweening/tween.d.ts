import { ThreadGenerator } from '../threading';
export declare function tween(seconds: number, onProgress: (value: number, time: number) => void, onEnd?: (value: number, time: number) => void): ThreadGenerator;
//# sourceMappingURL=tween.d.ts.map