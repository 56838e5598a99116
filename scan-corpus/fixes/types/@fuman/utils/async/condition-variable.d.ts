/**
 * Class implementing a condition variable like behaviour.
 */
export declare class ConditionVariable {
    #private;
    wait(): Promise<void>;
    notify(): void;
}
