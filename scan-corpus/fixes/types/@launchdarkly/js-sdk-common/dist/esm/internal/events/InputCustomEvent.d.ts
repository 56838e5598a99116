import Context from '../../Context';
export default class InputCustomEvent {
    readonly context: Context;
    readonly key: string;
    readonly data?: any;
    readonly metricValue?: number | undefined;
    readonly samplingRatio: number;
    readonly url?: string | undefined;
    readonly kind = "custom";
    readonly creationDate: number;
    constructor(context: Context, key: string, data?: any, metricValue?: number | undefined, samplingRatio?: number, url?: string | undefined);
}
//# sourceMappingURL=InputCustomEvent.d.ts.map