export { assert } from './assert/assert';
export { error } from './error/error';
