import AttributeReference from './AttributeReference';
import Context from './Context';
export default class ContextFilter {
    private readonly _allAttributesPrivate;
    private readonly _privateAttributes;
    constructor(_allAttributesPrivate: boolean, _privateAttributes: AttributeReference[]);
    filter(context: Context, redactAnonymousAttributes?: boolean): any;
    private _getAttributesToFilter;
    private _filterSingleKind;
}
//# sourceMappingURL=ContextFilter.d.ts.map