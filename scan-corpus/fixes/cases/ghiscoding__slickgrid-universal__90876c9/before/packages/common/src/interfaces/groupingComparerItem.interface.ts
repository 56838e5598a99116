export interface GroupingComparerItem {
  /** Grouped Comparer Count */
  count: number;

  /** Grouped Comparer Value */
  value: any;
}
