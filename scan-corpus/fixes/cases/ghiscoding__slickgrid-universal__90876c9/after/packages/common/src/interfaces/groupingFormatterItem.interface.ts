export interface GroupingFormatterItem {
  /** Grouped Formatter Total Count */
  count: number;

  /** Grouped Formatter Depth Level */
  level: number;

  /** Grouping Formatter Key */
  groupingKey: string;

  /** Grouped Formatter Value */
  value: any;
}
