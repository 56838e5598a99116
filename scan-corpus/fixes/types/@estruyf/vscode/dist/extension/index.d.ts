export * from './ExtensionInfo';
export * from './TeamSettings';
