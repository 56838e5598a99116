import { ContextAPI } from './api/context';
/** Entrypoint for context API */
export declare const context: ContextAPI;
//# sourceMappingURL=context-api.d.ts.map