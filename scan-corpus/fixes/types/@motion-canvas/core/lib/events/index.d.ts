/**
 * Subscriptions and triggering of events.
 *
 * @packageDocumentation
 */
export * from './AsyncEventDispatcher';
export * from './EventDispatcher';
export * from './EventDispatcherBase';
export * from './FlagDispatcher';
export * from './ValueDispatcher';
//# sourceMappingURL=index.d.ts.map