/**
 * Represents a numeric range with a minimum and maximum value, inclusive on both ends.
 */
export interface Range {
    /**
     * The lower bound of the range, inclusive.
     */
    min: number;
    /**
     * The upper bound of the range, inclusive.
     */
    max: number;
}
