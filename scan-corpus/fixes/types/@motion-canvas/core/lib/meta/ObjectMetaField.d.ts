import { MetaField } from './MetaField';
type ValueOf<T extends Record<string, any>> = {
    [K in keyof T]: T[K] extends MetaField<any, infer P> ? P : never;
};
/**
 * Represents an object with nested meta-fields.
 */
declare class ObjectMetaFieldInternal<T extends Record<string, MetaField<any>>> extends MetaField<ValueOf<T>> {
    protected readonly fields: T;
    protected ignoreChange: boolean;
    constructor(name: string, fields: T);
    set(value: ValueOf<T>): void;
    serialize(): ValueOf<T>;
    protected handleChange: () => void;
    clone(): this;
}
/**
 * {@inheritDoc ObjectMetaFieldInternal}
 */
export type ObjectMetaField<T extends Record<string, MetaField<any>>> = ObjectMetaFieldInternal<T> & T;
/**
 * {@inheritDoc ObjectMetaFieldInternal}
 */
export declare const ObjectMetaField: new <T extends Record<string, MetaField<any, any>>>(name: string, data: T) => ObjectMetaField<T>;
export {};
//# sourceMappingURL=ObjectMetaField.d.ts.map