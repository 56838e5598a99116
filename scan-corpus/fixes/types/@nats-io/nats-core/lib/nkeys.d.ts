export * as nkeys from "@nats-io/nkeys";
