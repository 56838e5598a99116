export * from './editor-config';
export * from './sanitizer-config';
export * from './paste-config';
export * from './conversion-config';
export * from './log-levels';
export * from './i18n-config';
export * from './i18n-dictionary';
