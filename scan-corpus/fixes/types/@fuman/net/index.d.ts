export * from './errors.js';
export * from './fake.js';
export * from './ip/index.js';
export * from './proxy/index.js';
export * from './reconnection.js';
export * from './types.js';
export * from './websocket-server.js';
export * from './websocket.js';
