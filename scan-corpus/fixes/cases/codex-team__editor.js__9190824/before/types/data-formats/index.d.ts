export * from './block-data';
export * from './output-data';
