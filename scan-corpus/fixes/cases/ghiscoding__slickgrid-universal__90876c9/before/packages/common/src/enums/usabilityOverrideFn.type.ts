import type { SlickGrid } from '../interfaces/slickGrid.interface';

export type UsabilityOverrideFn = (row: number, dataContext: any, grid: SlickGrid) => boolean;