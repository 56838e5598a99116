declare const sleep: (delayMillis?: number) => Promise<unknown>;
export default sleep;
//# sourceMappingURL=sleep.d.ts.map