export declare function sleep(ms: number): Promise<void>;
