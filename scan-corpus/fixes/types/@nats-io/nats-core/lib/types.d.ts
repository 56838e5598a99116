export type { ApiError, Dispatcher, MsgHdrs, QueuedIterator } from "./core";
export { NatsError } from "./core";
export type { TypedSubscriptionOptions } from "./typedsub";
export { Empty } from "./encoders";
