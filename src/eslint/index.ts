export { plugin as default, plugin, configs, rules } from './plugin.js';
