export const LocalStore = {
  rootFolder: '.frontmatter',
  contentFolder: 'content',
  databaseFolder: 'database',
  templatesFolder: 'templates',
  mediaDatabaseFile: 'mediaDb.json',
  taxonomyDatabaseFile: 'taxonomyDb.json'
};
