import { Uri } from 'vscode';
export declare class TeamSettings {
    private static teamFileName;
    private static configKey;
    private static config;
    private static globalConfig;
    private static wsFolder;
    /**
     * Initialize team settings
     */
    static init(fileName: string, configKey: string, wsFolder?: Uri): void;
    /**
     * Create the team configuration file is it would not exist
     * @param defaultValue
     */
    static createIfNotExists(defaultValue?: any): void;
    /**
     * Retrieve a setting from global and local config
     */
    static get<T>(settingKey: string, merging?: boolean): T | undefined;
    /**
     * String update config setting
     * @param name
     * @param value
     * @param updateGlobal
     */
    static update<T>(settingKey: string, value: T, updateGlobal?: boolean): Promise<void>;
    /**
     * Check for config changes on global and local settings
     * @param callback
     */
    static onConfigChange(callback: (global?: any) => void): void;
    /**
     * Check if its the project config
     * @param filePath
     * @returns
     */
    private static checkProjectConfig;
    /**
     * Get the project config path
     * @returns
     */
    private static projectConfigPath;
}
