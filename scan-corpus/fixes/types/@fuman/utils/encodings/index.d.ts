import * as base64 from './base64.js';
import * as hex from './hex.js';
import * as utf8 from './utf8.js';
export { base64, hex, utf8 };
