import LDContextDeduplicator from './LDContextDeduplicator';
import LDEventProcessor from './LDEventProcessor';
import LDEventSender, { LDDeliveryStatus, LDEventSenderResult, LDEventType } from './LDEventSender';
import { LDStreamProcessor } from './LDStreamProcessor';
export { LDEventProcessor, LDContextDeduplicator, LDEventSender, LDDeliveryStatus, LDEventType, LDEventSenderResult, LDStreamProcessor, };
//# sourceMappingURL=index.d.ts.map