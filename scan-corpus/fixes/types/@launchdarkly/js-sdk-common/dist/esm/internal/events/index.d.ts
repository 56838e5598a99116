import ClientMessages from './ClientMessages';
import EventProcessor, { EventProcessorOptions } from './EventProcessor';
import InputCustomEvent from './InputCustomEvent';
import InputEvalEvent from './InputEvalEvent';
import InputEvent from './InputEvent';
import InputIdentifyEvent from './InputIdentifyEvent';
import InputMigrationEvent from './InputMigrationEvent';
import type { LDInternalOptions } from './LDInternalOptions';
import NullEventProcessor from './NullEventProcessor';
import shouldSample from './sampling';
export { ClientMessages, InputCustomEvent, InputEvalEvent, InputEvent, InputIdentifyEvent, InputMigrationEvent, EventProcessor, EventProcessorOptions, shouldSample, NullEventProcessor, LDInternalOptions, };
//# sourceMappingURL=index.d.ts.map