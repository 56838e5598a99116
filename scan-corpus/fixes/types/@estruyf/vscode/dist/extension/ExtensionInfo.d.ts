import { ExtensionContext } from "vscode";
export declare class ExtensionInfo {
    private ctx;
    private static instance;
    private constructor();
    /**
     * Creates the singleton instance for the panel
     * @param extPath
     */
    static getInstance(ctx?: ExtensionContext): ExtensionInfo;
    /**
     * Check if the current version was updated
     * @returns
     */
    isUpdated(): boolean;
    /**
     * Update the used version of the extension
     */
    updateVersion(): void;
    /**
     * Get the currently used version of the extension
     * @returns
     */
    getUsedVersion(): string | undefined;
    /**
     * Get the currently installed version of the extension
     * @returns
     */
    getInstalledVersion(): string;
    /**
     * Retrieve the package JSON file of the extension
     * @returns
     */
    getPackageJson(): any;
    /**
     * Get the name of the extension
     */
    get name(): string;
    /**
     * Get the name of the extension
     */
    get displayName(): string;
    /**
     * Returns the extension's version
     */
    get version(): string;
    /**
     * Check if the extension is in production/development mode
     */
    get isProductionMode(): boolean;
}
