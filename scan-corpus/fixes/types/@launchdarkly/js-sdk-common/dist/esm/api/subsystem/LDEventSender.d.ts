export declare enum LDEventType {
    AnalyticsEvents = 0,
    DiagnosticEvent = 1
}
export declare enum LDDeliveryStatus {
    Succeeded = 0,
    Failed = 1,
    FailedAndMustShutDown = 2
}
export interface LDEventSenderResult {
    status: LDDeliveryStatus;
    serverTime?: number;
    error?: any;
}
export default interface LDEventSender {
    sendEventData(type: LDEventType, data: any): Promise<LDEventSenderResult>;
}
//# sourceMappingURL=LDEventSender.d.ts.map