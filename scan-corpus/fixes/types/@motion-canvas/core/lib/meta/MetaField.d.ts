import { ValueDispatcher } from '../events';
/**
 * Represents an entry in the meta file.
 *
 * @typeParam TSerializedValue - The type used to store this field in the meta
 *                               file.
 * @typeParam TValue - The runtime type of this field.
 */
export declare class MetaField<TSerializedValue, TValue extends TSerializedValue = TSerializedValue> {
    readonly name: string;
    /**
     * Triggered when the data of this field changes.
     *
     * @eventProperty
     */
    get onChanged(): import("../events").SubscribableValueEvent<TValue>;
    protected readonly value: ValueDispatcher<TValue>;
    /**
     * @param name - The name of this field displayed in the editor.
     * @param value - The initial value of this field.
     */
    constructor(name: string, value: TValue);
    /**
     * Get the current value.
     */
    get(): TValue;
    /**
     * Set the current value.
     *
     * @param value - The new value.
     */
    set(value: TSerializedValue): void;
    /**
     * Convert a serialized value into a runtime type.
     *
     * @param value - The serialized value.
     */
    parse(value: TSerializedValue): TValue;
    /**
     * Serialize the value of this field.
     */
    serialize(): TSerializedValue;
    /**
     * Create a clone of this field.
     */
    clone(): this;
}
//# sourceMappingURL=MetaField.d.ts.map