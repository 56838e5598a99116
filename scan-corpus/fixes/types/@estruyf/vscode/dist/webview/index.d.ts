export * from './WebviewHelper';
