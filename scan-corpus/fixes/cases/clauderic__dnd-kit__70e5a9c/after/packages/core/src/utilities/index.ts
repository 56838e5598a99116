export {
  closestCenter,
  closestCorners,
  rectIntersection,
  getFirstCollision,
  pointerWithin,
} from './algorithms';
export type {
  Collision,
  CollisionDescriptor,
  CollisionDetection,
} from './algorithms';

export {
  defaultCoordinates,
  distanceBetween,
  getRelativeTransformOrigin,
} from './coordinates';

export {
  Rect,
  adjustScale,
  getAdjustedRect,
  getClientRect,
  getTransformAgnosticClientRect,
  getWindowClientRect,
  getRectDelta,
} from './rect';

export {noop} from './other';

export {
  getFirstScrollableAncestor,
  getScrollableAncestors,
  getScrollableElement,
  getScrollCoordinates,
  getScrollDirectionAndSpeed,
  getScrollElementRect,
  getScrollOffsets,
  getScrollPosition,
  isDocumentScrollingElement,
} from './scroll';
