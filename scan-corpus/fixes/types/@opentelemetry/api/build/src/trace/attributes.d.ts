import { Attributes, AttributeValue } from '../common/Attributes';
/**
 * @deprecated please use {@link Attributes}
 */
export declare type SpanAttributes = Attributes;
/**
 * @deprecated please use {@link AttributeValue}
 */
export declare type SpanAttributeValue = AttributeValue;
//# sourceMappingURL=attributes.d.ts.map