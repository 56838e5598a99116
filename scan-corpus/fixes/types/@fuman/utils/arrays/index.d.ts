import * as typed from './typed/index.js';
import * as u8 from './u8/index.js';
export * from './typed/types.js';
export { typed, u8 };
