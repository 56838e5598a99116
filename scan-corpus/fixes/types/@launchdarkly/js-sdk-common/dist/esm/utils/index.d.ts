import { cancelableTimedPromise, type CancelableTimeout } from './cancelableTimedPromise';
import clone from './clone';
import { secondsToMillis } from './date';
import debounce from './debounce';
import deepCompact from './deepCompact';
import fastDeepEqual from './fast-deep-equal';
import { base64UrlEncode, defaultHeaders, httpErrorMessage, LDHeaders, shouldRetry } from './http';
import noop from './noop';
import sleep from './sleep';
import timedPromise from './timedPromise';
import { VoidFunction } from './VoidFunction';
export { base64UrlEncode, clone, debounce, deepCompact, defaultHeaders, fastDeepEqual, httpErrorMessage, noop, LDHeaders, shouldRetry, secondsToMillis, sleep, timedPromise, VoidFunction, type CancelableTimeout, cancelableTimedPromise, };
//# sourceMappingURL=index.d.ts.map