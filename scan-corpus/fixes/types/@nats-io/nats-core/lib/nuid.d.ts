export { Nuid, nuid } from "@nats-io/nuid";
