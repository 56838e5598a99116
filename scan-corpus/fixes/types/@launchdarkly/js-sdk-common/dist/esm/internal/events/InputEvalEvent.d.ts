import { LDEvaluationReason, LDFlagValue } from '../../api/data';
import Context from '../../Context';
export default class InputEvalEvent {
    readonly withReasons: boolean;
    readonly context: Context;
    readonly key: string;
    readonly samplingRatio: number;
    readonly kind = "feature";
    readonly creationDate: number;
    readonly default: any;
    readonly trackEvents?: boolean;
    readonly debugEventsUntilDate?: number;
    readonly prereqOf?: string;
    readonly reason?: LDEvaluationReason;
    readonly value: any;
    readonly variation?: number;
    readonly version?: number;
    readonly excludeFromSummaries?: boolean;
    constructor(withReasons: boolean, context: Context, key: string, value: LDFlagValue, defValue: any, // default is a reserved keyword in this context.
    version?: number, variation?: number, trackEvents?: boolean, prereqOf?: string, reason?: LDEvaluationReason, debugEventsUntilDate?: number, excludeFromSummaries?: boolean, samplingRatio?: number);
}
//# sourceMappingURL=InputEvalEvent.d.ts.map