/*---------------------------------------------------------------------------------------------
 *  Copyright (c) Microsoft Corporation. All rights reserved.
 *  Licensed under the MIT License. See License.txt in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

import * as vscode from 'vscode';

export function toDisposable(d: () => void): vscode.Disposable {
	return { dispose: d };
}

export function combinedDisposable(disposables: vscode.Disposable[]): vscode.Disposable {
	return toDisposable(() => disposeAll(disposables));
}

export function disposeAll(disposables: vscode.Disposable[]) {
	while (disposables.length) {
		const item = disposables.pop();
		item?.dispose();
	}
}

export function addDisposable<T extends vscode.Disposable>(a: T, disposables: vscode.Disposable[]): T {
	disposables.push(a);
	return a;
}

export abstract class Disposable {
	protected _isDisposed = false;

	private _disposables: vscode.Disposable[] = [];

	public dispose(): any {
		if (this._isDisposed) {
			return;
		}
		this._isDisposed = true;
		disposeAll(this._disposables);
		this._disposables = [];
	}

	protected _register<T extends vscode.Disposable>(value: T): T {
		if (this._isDisposed) {
			value.dispose();
		} else {
			this._disposables.push(value);
		}
		return value;
	}

	protected get isDisposed() {
		return this._isDisposed;
	}
}
