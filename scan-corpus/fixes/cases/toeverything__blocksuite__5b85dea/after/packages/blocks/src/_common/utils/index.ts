// Compat with SSR
export * from '../types.js';
export * from './drag-and-drop.js';
export * from './query.js';
export {
  createButtonPopper,
  getBlockProps,
  getImageFilesFromLocal,
  isMiddleButtonPressed,
  isRightButtonPressed,
  isValidUrl,
  matchFlavours,
  on,
  once,
  openFileOrFiles,
  requestThrottledConnectedFrame,
} from '@blocksuite/affine-shared/utils';
