import { LDLogger } from '../api';
import BasicLogger from './BasicLogger';
import SafeLogger from './SafeLogger';
declare const createSafeLogger: (logger?: LDLogger) => BasicLogger | SafeLogger;
export default createSafeLogger;
//# sourceMappingURL=createSafeLogger.d.ts.map