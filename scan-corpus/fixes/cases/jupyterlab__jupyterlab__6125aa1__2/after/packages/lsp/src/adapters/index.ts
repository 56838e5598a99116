// Copyright (c) Jupyter Development Team.
// Distributed under the terms of the Modified BSD License.

export * from './adapter';
export * from './editorAdapter';
export * from './tracker';
