import type { CameraFactory } from './specs/CameraFactory.nitro';
/**
 * The native VisionCamera module.
 *
 * This is the entry point for the entire VisionCamera imperative API.
 */
export declare const VisionCamera: CameraFactory;
