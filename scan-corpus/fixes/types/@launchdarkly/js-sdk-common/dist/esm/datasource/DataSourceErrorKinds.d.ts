export declare enum DataSourceErrorKind {
    Unknown = "UNKNOWN",
    NetworkError = "NETWORK_ERROR",
    ErrorResponse = "ERROR_RESPONSE",
    InvalidData = "INVALID_DATA"
}
//# sourceMappingURL=DataSourceErrorKinds.d.ts.map