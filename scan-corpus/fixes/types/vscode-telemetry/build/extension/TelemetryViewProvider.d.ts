import vscode from 'vscode';
export declare class TelemetryViewProvider implements vscode.WebviewViewProvider {
    resolveWebviewTelemetryView(webviewView: vscode.WebviewView, context: vscode.WebviewViewResolveContext, token: vscode.CancellationToken): void;
    resolveWebviewView(webviewView: vscode.WebviewView, context: vscode.WebviewViewResolveContext, token: vscode.CancellationToken): Promise<void>;
}
//# sourceMappingURL=TelemetryViewProvider.d.ts.map