import ApplicationTags from './ApplicationTags';
import ClientContext from './ClientContext';
import OptionMessages from './OptionMessages';
import ServiceEndpoints, { getEventsUri, getPollingUri, getStreamingUri } from './ServiceEndpoints';
export { ApplicationTags, OptionMessages, ServiceEndpoints, ClientContext, getStreamingUri, getPollingUri, getEventsUri, };
//# sourceMappingURL=index.d.ts.map