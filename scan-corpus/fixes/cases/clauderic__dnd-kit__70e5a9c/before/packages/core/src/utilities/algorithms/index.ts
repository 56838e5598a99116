export {closestCenter} from './closestCenter';
export {closestCorners} from './closestCorners';
export {rectIntersection} from './rectIntersection';
export {pointerWithin} from './pointerWithin';
export type {Collision, CollisionDescriptor, CollisionDetection} from './types';
export {getFirstCollision} from './helpers';
