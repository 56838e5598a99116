export * from './block-tune';
