export * from './abstract.js'
export * from './intermediate.js'
export * from './obfuscated.js'
export * from './proxy.js'
