import type { SearchColumnFilter } from './searchColumnFilter.interface';

export interface ColumnFilters {
  [key: string]: SearchColumnFilter;
}
