export const HOME_PAGE_NAVIGATION_ID = 'FrontMatter:RootFolder';
