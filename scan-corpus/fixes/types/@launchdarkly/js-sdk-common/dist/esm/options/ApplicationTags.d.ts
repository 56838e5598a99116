import { LDLogger } from '../api';
/**
 * Class for managing tags.
 */
export default class ApplicationTags {
    readonly value?: string;
    constructor(options: {
        application?: {
            id?: string;
            version?: string;
            name?: string;
            versionName?: string;
        };
        logger?: LDLogger;
    });
}
//# sourceMappingURL=ApplicationTags.d.ts.map