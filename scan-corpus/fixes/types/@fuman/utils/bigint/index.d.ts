import * as bigint from './bundle.js';
export { bigint };
