import { Payload, PayloadListener, PayloadReader, Update } from './payloadReader';
export { Payload, PayloadListener, PayloadReader, Update };
//# sourceMappingURL=index.d.ts.map