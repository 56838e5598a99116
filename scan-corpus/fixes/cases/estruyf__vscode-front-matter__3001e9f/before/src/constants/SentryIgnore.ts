export const SentryIgnore = [
  `ResizeObserver loop limit exceeded`,
  `Cannot read properties of undefined (reading 'unobserve')`,
  `TypeError: Cannot read properties of undefined (reading 'unobserve')`
];
