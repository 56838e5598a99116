export enum GridStateType {
  columns = 'columns',
  filter = 'filter',
  pagination = 'pagination',
  pinning = 'pinning',
  rowSelection = 'rowSelection',
  sorter = 'sorter',
  treeData = 'treeData',
}
