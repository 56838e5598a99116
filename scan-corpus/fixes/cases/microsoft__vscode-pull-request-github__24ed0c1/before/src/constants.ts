/*---------------------------------------------------------------------------------------------
 *  Copyright (c) Microsoft Corporation. All rights reserved.
 *  Licensed under the MIT License. See License.txt in the project root for license information.
 *--------------------------------------------------------------------------------------------*/

export const EXTENSION_ID = 'GitHub.vscode-pull-request-github';
export const VSLS_REQUEST_NAME = 'git';
export const VSLS_GIT_PR_SESSION_NAME = 'ghpr';
export const VSLS_REPOSITORY_INITIALIZATION_NAME = 'initialize';
export const VSLS_STATE_CHANGE_NOTIFY_NAME = 'statechange';
export const FOCUS_REVIEW_MODE = 'github:focusedReview';
