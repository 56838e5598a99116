import vscode from 'vscode';
export declare const createWebviewTelemetryPanel: (viewType: string, title: string, showOptions: vscode.ViewColumn | {
    readonly viewColumn: vscode.ViewColumn;
    readonly preserveFocus?: boolean;
}, options?: vscode.WebviewPanelOptions & vscode.WebviewOptions) => vscode.WebviewPanel;
export * from './extension/TelemetryReporter.js';
export * from './extension/TelemetryViewProvider.js';
//# sourceMappingURL=index.d.ts.map