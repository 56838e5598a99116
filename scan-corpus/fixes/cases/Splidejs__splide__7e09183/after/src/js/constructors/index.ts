export * from './EventBinder/EventBinder';
export * from './EventInterface/EventInterface';
export * from './RequestInterval/RequestInterval';
export * from './State/State';
export * from './Throttle/Throttle';
