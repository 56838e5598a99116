export * from './Filter';
export * from './Gradient';
export * from './Pattern';
export * from './types';
