import Context from '../../Context';
export default class InputIdentifyEvent {
    readonly context: Context;
    readonly samplingRatio: number;
    readonly kind = "identify";
    readonly creationDate: number;
    constructor(context: Context, samplingRatio?: number);
}
//# sourceMappingURL=InputIdentifyEvent.d.ts.map