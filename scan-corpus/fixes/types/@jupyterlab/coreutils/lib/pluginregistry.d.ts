import type { IPlugin } from '@lumino/coreutils';
import { PluginRegistry } from '@lumino/coreutils';
export declare class JupyterPluginRegistry<T = any> extends PluginRegistry<T> {
    constructor(options?: JupyterPluginRegistry.IOptions);
    registerPlugin(plugin: IPlugin<T, any>): void;
    activatePlugin(id: string): Promise<void>;
    private _getDependentCount;
    private _pluginData;
    private _expectedActivationTime;
}
export declare namespace JupyterPluginRegistry {
    /**
     * Options for Jupyter plugin registry.
     */
    interface IOptions extends PluginRegistry.IOptions {
        /**
         * Time within the plugins are expected to activate.
         *
         * If a plugin activation time exceed this value, a warning will be logged in the console.
         */
        expectedActivationTime?: number;
    }
}
