export { slice } from './slice/slice';
export { find }  from './find/find';
