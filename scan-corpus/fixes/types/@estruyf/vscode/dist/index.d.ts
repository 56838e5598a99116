export * from './config';
export * from './editor';
export * from './models';
export * from './webview';
export * from './extension';
