export declare class WebviewHelper {
    /**
     * Generate a random string
     * @returns {string}
     */
    static getNonce(): string;
}
