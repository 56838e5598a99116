/** List of available SlickGrid Extensions (Controls & Plugins) */
export enum ExtensionName {
  autoTooltip = 'autoTooltip',
  cellExternalCopyManager = 'cellExternalCopyManager',
  cellMenu = 'cellMenu',
  checkboxSelector = 'checkboxSelector',
  columnPicker = 'columnPicker',
  contextMenu = 'contextMenu',
  customTooltip = 'customTooltip',
  draggableGrouping = 'draggableGrouping',
  groupItemMetaProvider = 'groupItemMetaProvider',
  gridMenu = 'gridMenu',
  headerButton = 'headerButton',
  headerMenu = 'headerMenu',
  rowDetailView = 'rowDetailView',
  rowMoveManager = 'rowMoveManager',
  rowSelection = 'rowSelection',
}
