import { ConfigurationScope, ConfigurationTarget, WorkspaceConfiguration } from 'vscode';
export declare class Configuration {
    /**
     * Get the configuration for a specific section
     * @param section
     * @returns {WorkspaceConfiguration}
     */
    static get(section: string, scope?: ConfigurationScope | null | undefined): WorkspaceConfiguration;
    /**
     * Get the configuration for a specific language
     * @param languageId
     * @returns
     */
    static getForLanguage(languageId: string): WorkspaceConfiguration;
    /**
     * Get a setting from the configuration
     * @param section
     * @param setting
     * @returns
     */
    static getSetting<T>(section: string, setting: string, defaultValue?: T): T | undefined;
    /**
     * Update a setting in the configuration
     * @param section
     * @param setting
     * @param value
     * @param configurationTarget
     */
    static updateSetting(section: string, setting: string, value: any, configurationTarget?: boolean | ConfigurationTarget | undefined): Promise<void>;
    /**
     * Update a setting in the configuration for a specific language
     * @param languageId
     * @param setting
     * @param value
     * @param configurationTarget
     */
    static updateSettingForLanguage(languageId: string, setting: string, value: any, configurationTarget?: boolean | ConfigurationTarget | undefined): Promise<void>;
}
