export const DefaultFields = {
  PublishingDate: `date`,
  LastModified: `lastmod`,
  Description: `description`,
  Title: `title`,
  Slug: `slug`
};
