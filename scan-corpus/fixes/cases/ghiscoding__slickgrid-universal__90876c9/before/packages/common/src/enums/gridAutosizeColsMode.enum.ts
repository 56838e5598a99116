export enum GridAutosizeColsMode {
  none = 'NOA',
  legacyOff = 'LOF',
  legacyForceFit = 'LFF',
  ignoreViewport = 'IGV',
  fitColsToViewport = 'FCV',
  fitViewportToCols = 'FVC'
}
