export interface KeyTitlePair {
  key: string;
  title: string;
}
