/** Just a plain simple, without argument, function call which returns `void` (could be override via the generic T)  */
export type PlainFunc<T = void> = () => T;