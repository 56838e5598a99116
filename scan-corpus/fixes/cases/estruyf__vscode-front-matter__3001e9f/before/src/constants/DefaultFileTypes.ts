export const DEFAULT_FILE_TYPES = ['.md', '.markdown', '.mdx'];
