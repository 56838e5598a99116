import { InterpolationFunction } from '../tweening';
import { SimpleSignal, SignalValue } from '../signals';
export declare function createSignal<TValue, TOwner = void>(initial?: SignalValue<TValue>, interpolation?: InterpolationFunction<TValue>, owner?: TOwner): SimpleSignal<TValue, TOwner>;
//# sourceMappingURL=createSignal.d.ts.map