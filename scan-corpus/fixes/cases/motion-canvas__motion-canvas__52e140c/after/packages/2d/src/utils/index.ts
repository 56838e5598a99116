export * from './CanvasUtils';
