export declare function fallbackRandomValues(buffer: Uint8Array): void;
