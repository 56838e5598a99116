import DiagnosticsManager from './DiagnosticsManager';
export { DiagnosticsManager };
//# sourceMappingURL=index.d.ts.map