export * from './EditorHelper';
