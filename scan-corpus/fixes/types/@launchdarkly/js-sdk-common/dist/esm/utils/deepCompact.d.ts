/**
 * Strips all falsy and empty {} from a given object. Returns a new object with only truthy values.
 * Sourced from below but modified to include checks for empty object and ignoring keys.
 * https://www.w3resource.com/javascript-exercises/javascript-array-exercise-47.php
 *
 * @param obj
 * @param ignoreKeys
 */
declare const deepCompact: <T extends Object>(obj?: T | undefined, ignoreKeys?: string[]) => T | undefined;
export default deepCompact;
//# sourceMappingURL=deepCompact.d.ts.map