export interface ExcelMetadata {
  alignment?: any;
  border?: any;
  font?: any;
  format?: any;
  style?: any;
  type?: any;
  protection?: any;
}
