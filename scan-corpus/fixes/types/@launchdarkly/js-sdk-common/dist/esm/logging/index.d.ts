import BasicLogger from './BasicLogger';
import createSafeLogger from './createSafeLogger';
import SafeLogger from './SafeLogger';
export { BasicLogger, SafeLogger, createSafeLogger };
//# sourceMappingURL=index.d.ts.map