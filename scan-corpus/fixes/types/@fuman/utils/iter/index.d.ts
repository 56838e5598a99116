import * as iter from './bundle.js';
export { iter };
