/** @internal */
export declare const EVENT_SESSION_RETIRED = "sessionRetired";
//# sourceMappingURL=events.d.ts.map