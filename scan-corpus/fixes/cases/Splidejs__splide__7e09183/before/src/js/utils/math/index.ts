export { approximatelyEqual } from './approximatelyEqual/approximatelyEqual';
export { between }            from './between/between';
export { clamp }              from './clamp/clamp';
export { sign }               from './sign/sign';

export * from './math/math';
