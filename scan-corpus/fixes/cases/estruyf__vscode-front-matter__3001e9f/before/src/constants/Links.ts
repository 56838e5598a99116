export const GITHUB_LINK = 'https://github.com/estruyf/vscode-front-matter';
export const ISSUE_LINK = 'https://github.com/estruyf/vscode-front-matter/issues';
export const SPONSOR_LINK = 'https://github.com/sponsors/estruyf';
export const REVIEW_LINK =
  'https://marketplace.visualstudio.com/items?itemName=eliostruyf.vscode-front-matter&ssr=false#review-details';
export const DOCUMENTATION_LINK = 'https://frontmatter.codes/docs';
export const DOCUMENTATION_SETTINGS_LINK = 'https://frontmatter.codes/docs/settings';

export const SENTRY_LINK =
  'https://1ac45704bbe74264a7b4674bdc2abf48@o1022172.ingest.sentry.io/5988293';
