export { default as createForm, configOptions, version } from "./FinalForm";
export { ARRAY_ERROR, FORM_ERROR } from "./constants";
export { default as formSubscriptionItems } from "./formSubscriptionItems";
export { default as fieldSubscriptionItems } from "./fieldSubscriptionItems";
export { default as getIn } from "./structure/getIn";
export { default as setIn } from "./structure/setIn";
export * from "./types";
