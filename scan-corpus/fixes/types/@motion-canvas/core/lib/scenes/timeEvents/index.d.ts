export * from './EditableTimeEvents';
export * from './ReadOnlyTimeEvents';
export * from './SerializedTimeEvent';
export * from './TimeEvent';
export * from './TimeEvents';
//# sourceMappingURL=index.d.ts.map