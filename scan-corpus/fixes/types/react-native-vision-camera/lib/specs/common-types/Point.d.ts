/**
 * Represents a Point in the current context's
 * coordinate system.
 */
export interface Point {
    /**
     * The X coordinate of the Point.
     */
    x: number;
    /**
     * The Y coordinate of the Point.
     */
    y: number;
}
