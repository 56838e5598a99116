export interface BlockFieldData {
  parentFields: string[] | undefined;
  blockType: string | undefined;
  selectedIndex: number | string | undefined;
}
