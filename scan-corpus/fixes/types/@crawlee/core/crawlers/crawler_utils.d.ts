import type { Session } from '../session_pool/session';
/**
 * Handles timeout request
 * @internal
 */
export declare function handleRequestTimeout({ session, errorMessage }: {
    session?: Session;
    errorMessage: string;
}): void;
//# sourceMappingURL=crawler_utils.d.ts.map