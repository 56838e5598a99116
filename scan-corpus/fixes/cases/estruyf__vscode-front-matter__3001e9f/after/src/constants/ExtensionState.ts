export const ExtensionState = {
  PagesView: `frontMatter:Pages:ViewType`,
  SelectedFolder: `frontMatter:SelectedFolder`,
  Version: `frontMatter:Version`,
  SettingPromoted: `frontMatter:Settings:Promoted`,
  MoveTemplatesFolder: `frontMatter:Templates:Move`,

  Project: {
    current: `frontMatter:Project:current`
  },

  Dashboard: {
    Contents: {
      Sorting: `frontMatter:Dashboard:Contents:Sorting`
    },
    Media: {
      Sorting: `frontMatter:Dashboard:Media:Sorting`
    },
    Pages: {
      Cache: `frontMatter:Dashboard:Pages:Cache`,
      Index: `frontMatter:Dashboard:Pages:Index`
    }
  },

  Settings: {
    Extends: `frontMatter:Settings:Extends`
  },

  Updates: {
    v7_0_0: {
      dateFields: `frontMatter:Updates:v7.0.0:dateFields`
    }
  }
};
