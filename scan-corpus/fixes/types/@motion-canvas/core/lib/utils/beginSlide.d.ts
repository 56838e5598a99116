import type { ThreadGenerator } from '../threading';
export declare function beginSlide(name: string): ThreadGenerator;
//# sourceMappingURL=beginSlide.d.ts.map