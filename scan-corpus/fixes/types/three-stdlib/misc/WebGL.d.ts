export declare function isWebGLAvailable(): boolean;
export declare function isWebGL2Available(): boolean;
export declare function getWebGLErrorMessage(): HTMLDivElement;
export declare function getWebGL2ErrorMessage(): HTMLDivElement;
export declare function getErrorMessage(version: 1 | 2): HTMLDivElement;
