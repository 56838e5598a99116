import { LDClientContext } from './LDClientContext';
export { LDClientContext };
//# sourceMappingURL=index.d.ts.map