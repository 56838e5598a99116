import type { Thread } from '../threading';
/**
 * Get a reference to the current thread.
 */
export declare function useThread(): Thread;
export declare function startThread(thread: Thread): void;
export declare function endThread(thread: Thread): void;
//# sourceMappingURL=useThread.d.ts.map