export {
  getFirstScrollableAncestor,
  getScrollableAncestors,
} from './getScrollableAncestors';
export {getScrollableElement} from './getScrollableElement';
export {getScrollCoordinates} from './getScrollCoordinates';
export {getScrollDirectionAndSpeed} from './getScrollDirectionAndSpeed';
export {getScrollElementRect} from './getScrollElementRect';
export {
  getScrollOffsets,
  getScrollXOffset,
  getScrollYOffset,
} from './getScrollOffsets';
export {getScrollPosition} from './getScrollPosition';
export {isDocumentScrollingElement} from './documentScrollingElement';
export {isScrollable} from './isScrollable';
export {scrollIntoViewIfNeeded} from './scrollIntoViewIfNeeded';
