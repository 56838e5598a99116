export enum DashboardCommand {
  loading = 'loading',
  pages = 'pages',
  searchPages = 'searchPages',
  settings = 'settings',
  media = 'media',
  viewData = 'viewData',
  mediaUpdate = 'mediaUpdate',
  dataFileEntries = 'dataFileEntries',
  searchReady = 'searchReady',

  // Taxonomy dashboard
  setTaxonomyData = 'setTaxonomyData'
}
