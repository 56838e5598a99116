export * from './errors.js'
export * from './peers.js'
export * from './platform.js'
export * from './utils.js'
