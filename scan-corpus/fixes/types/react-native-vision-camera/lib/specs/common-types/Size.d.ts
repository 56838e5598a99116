/**
 * Represents a 2D size in pixels.
 */
export interface Size {
    /**
     * The width, in pixels.
     */
    readonly width: number;
    /**
     * The height, in pixels.
     */
    readonly height: number;
}
