/**
 * Utilities for parsing and manipulating IP addresses.
 *
 * @module
 */
import * as ip from './bundle.js';
export * from './types.js';
export { ip };
