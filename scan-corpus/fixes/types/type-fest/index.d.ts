// Basic
export * from './source/primitive';
export * from './source/typed-array';
export * from './source/basic';
export * from './source/observable-like';

// Utilities
export type {EmptyObject, IsEmptyObject} from './source/empty-object';
export type {Except} from './source/except';
export type {Writable} from './source/writable';
export type {Merge} from './source/merge';
export type {MergeExclusive} from './source/merge-exclusive';
export type {RequireAtLeastOne} from './source/require-at-least-one';
export type {RequireExactlyOne} from './source/require-exactly-one';
export type {RequireAllOrNone} from './source/require-all-or-none';
export type {
	OmitIndexSignature,
	/**
	@deprecated Renamed to {@link OmitIndexSignature}.
	*/
	OmitIndexSignature as RemoveIndexSignature,
} from './source/omit-index-signature';
export type {PickIndexSignature} from './source/pick-index-signature';
export type {PartialDeep, PartialDeepOptions} from './source/partial-deep';
export type {PartialOnUndefinedDeep, PartialOnUndefinedDeepOptions} from './source/partial-on-undefined-deep';
export type {ReadonlyDeep} from './source/readonly-deep';
export type {LiteralUnion} from './source/literal-union';
export type {Promisable} from './source/promisable';
export type {Opaque, UnwrapOpaque} from './source/opaque';
export type {InvariantOf} from './source/invariant-of';
export type {SetOptional} from './source/set-optional';
export type {SetRequired} from './source/set-required';
export type {SetNonNullable} from './source/set-non-nullable';
export type {ValueOf} from './source/value-of';
export type {AsyncReturnType} from './source/async-return-type';
export type {ConditionalExcept} from './source/conditional-except';
export type {ConditionalKeys} from './source/conditional-keys';
export type {ConditionalPick} from './source/conditional-pick';
export type {ConditionalPickDeep, ConditionalPickDeepOptions} from './source/conditional-pick-deep';
export type {UnionToIntersection} from './source/union-to-intersection';
export type {Stringified} from './source/stringified';
export type {FixedLengthArray} from './source/fixed-length-array';
export type {MultidimensionalArray} from './source/multidimensional-array';
export type {MultidimensionalReadonlyArray} from './source/multidimensional-readonly-array';
export type {IterableElement} from './source/iterable-element';
export type {Entry} from './source/entry';
export type {Entries} from './source/entries';
export type {SetReturnType} from './source/set-return-type';
export type {Asyncify} from './source/asyncify';
export type {Simplify} from './source/simplify';
export type {Jsonify} from './source/jsonify';
export type {Schema} from './source/schema';
export type {LiteralToPrimitive} from './source/literal-to-primitive';
export type {
	PositiveInfinity,
	NegativeInfinity,
	Finite,
	Integer,
	Float,
	NegativeFloat,
	Negative,
	NonNegative,
	NegativeInteger,
	NonNegativeInteger,
} from './source/numeric';
export type {StringKeyOf} from './source/string-key-of';
export type {Exact} from './source/exact';
export type {ReadonlyTuple} from './source/readonly-tuple';
export type {OptionalKeysOf} from './source/optional-keys-of';
export type {HasOptionalKeys} from './source/has-optional-keys';
export type {RequiredKeysOf} from './source/required-keys-of';
export type {HasRequiredKeys} from './source/has-required-keys';
export type {Spread} from './source/spread';
export type {TupleToUnion} from './source/tuple-to-union';

// Template literal types
export type {CamelCase} from './source/camel-case';
export type {CamelCasedProperties} from './source/camel-cased-properties';
export type {CamelCasedPropertiesDeep} from './source/camel-cased-properties-deep';
export type {KebabCase} from './source/kebab-case';
export type {KebabCasedProperties} from './source/kebab-cased-properties';
export type {KebabCasedPropertiesDeep} from './source/kebab-cased-properties-deep';
export type {PascalCase} from './source/pascal-case';
export type {PascalCasedProperties} from './source/pascal-cased-properties';
export type {PascalCasedPropertiesDeep} from './source/pascal-cased-properties-deep';
export type {SnakeCase} from './source/snake-case';
export type {SnakeCasedProperties} from './source/snake-cased-properties';
export type {SnakeCasedPropertiesDeep} from './source/snake-cased-properties-deep';
export type {ScreamingSnakeCase} from './source/screaming-snake-case';
export type {DelimiterCase} from './source/delimiter-case';
export type {DelimiterCasedProperties} from './source/delimiter-cased-properties';
export type {DelimiterCasedPropertiesDeep} from './source/delimiter-cased-properties-deep';
export type {Join} from './source/join';
export type {Split} from './source/split';
export type {Trim} from './source/trim';
export type {Replace} from './source/replace';
export type {Includes} from './source/includes';
export type {Get} from './source/get';
export type {LastArrayElement} from './source/last-array-element';

// Miscellaneous
export type {PackageJson} from './source/package-json';
export type {TsConfigJson} from './source/tsconfig-json';
