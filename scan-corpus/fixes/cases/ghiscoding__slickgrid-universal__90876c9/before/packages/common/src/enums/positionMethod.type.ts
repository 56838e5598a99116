import type { ElementPosition } from '../interfaces/elementPosition.interface';

export type PositionMethod = () => ElementPosition;