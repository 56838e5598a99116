export * from './monitors'
export * from './options'
export * from './connectors'
