export * from './Protocols/index'
export * from './USyncQuery'
export * from './USyncUser'
