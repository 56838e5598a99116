import { LDEventProcessor } from '../../api/subsystem';
export default class NullEventProcessor implements LDEventProcessor {
    close(): void;
    flush(): Promise<void>;
    sendEvent(): void;
}
//# sourceMappingURL=NullEventProcessor.d.ts.map