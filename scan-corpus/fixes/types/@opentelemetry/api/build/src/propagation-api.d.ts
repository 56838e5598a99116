import { PropagationAPI } from './api/propagation';
/** Entrypoint for propagation API */
export declare const propagation: PropagationAPI;
//# sourceMappingURL=propagation-api.d.ts.map