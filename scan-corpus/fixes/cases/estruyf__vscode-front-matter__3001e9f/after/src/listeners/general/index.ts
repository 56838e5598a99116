export * from './GitListener';
export * from './ModeListener';
