export const FEATURE_FLAG = {
  panel: {
    globalSettings: 'panel.globalSettings',
    seo: 'panel.seo',
    actions: 'panel.actions',
    metadata: 'panel.metadata',
    recentlyModified: 'panel.recentlyModified',
    otherActions: 'panel.otherActions',
    contentType: 'panel.contentType'
  },
  dashboard: {
    snippets: {
      view: 'dashboard.snippets.view',
      manage: 'dashboard.snippets.manage'
    },
    data: {
      view: 'dashboard.data.view'
    },
    taxonomy: {
      view: 'dashboard.taxonomy.view'
    }
  }
};
