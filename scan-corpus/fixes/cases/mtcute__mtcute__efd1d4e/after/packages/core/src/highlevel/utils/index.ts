// todo: merge this with the main utils dir?

export * from './convert-file-id.js'
export * from './entities.js'
export * from './file-utils.js'
export * from './inline-utils.js'
export * from './inspectable.js'
export * from './misc-utils.js'
export * from './peer-utils.js'
export * from './rps-meter.js'
export * from './stream-utils.js'
export * from './string-session.js'
export * from './voice-utils.js'
export * from './walk-page-blocks.js'
