import { Predicate, PredicateOptions } from './predicate';
export declare class BigIntPredicate extends Predicate<bigint> {
    /**
    @hidden
    */
    constructor(options?: PredicateOptions);
}
