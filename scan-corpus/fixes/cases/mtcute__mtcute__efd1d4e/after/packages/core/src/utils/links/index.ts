import * as links from './bundle.js'

export { links }
