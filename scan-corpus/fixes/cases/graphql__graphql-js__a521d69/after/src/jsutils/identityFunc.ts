/**
 * Returns the first argument it receives.
 */
export function identityFunc<T>(x: T): T {
  return x;
}
