export type {
  Coordinates,
  DistanceMeasurement,
  Translate,
  ScrollCoordinates,
} from './coordinates';
export {Direction} from './direction';
export type {
  DragStartEvent,
  DragCancelEvent,
  DragEndEvent,
  DragMoveEvent,
  DragOverEvent,
} from './events';
export type {UniqueIdentifier} from './other';
export type {SyntheticEventName} from './react';
export type {ClientRect} from './rect';
