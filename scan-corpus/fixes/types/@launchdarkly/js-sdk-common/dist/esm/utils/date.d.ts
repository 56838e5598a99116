export declare function secondsToMillis(sec: number): number;
//# sourceMappingURL=date.d.ts.map