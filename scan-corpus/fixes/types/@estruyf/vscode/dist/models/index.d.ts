export * from './EventData';
export * from './MessageHandlerData';
