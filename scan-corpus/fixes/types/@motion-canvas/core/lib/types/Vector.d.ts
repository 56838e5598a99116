import { InterpolationFunction } from '../tweening';
import { Direction, Origin } from './Origin';
import { Type } from './Type';
import { CompoundSignal, Signal, SignalValue } from '../signals';
export type SerializedVector2<T = number> = {
    x: T;
    y: T;
};
export type PossibleVector2<T = number> = SerializedVector2<T> | {
    width: T;
    height: T;
} | T | [T, T] | undefined;
export type Vector2Signal<T> = CompoundSignal<PossibleVector2, Vector2, 'x' | 'y', T>;
export type SimpleVector2Signal<T> = Signal<PossibleVector2, Vector2, T>;
/**
 * Represents a two-dimensional vector.
 */
export declare class Vector2 implements Type {
    static readonly symbol: unique symbol;
    static readonly zero: Vector2;
    static readonly one: Vector2;
    static readonly right: Vector2;
    static readonly left: Vector2;
    static readonly up: Vector2;
    static readonly down: Vector2;
    x: number;
    y: number;
    static createSignal(initial?: SignalValue<PossibleVector2>, interpolation?: InterpolationFunction<Vector2>, owner?: any): Vector2Signal<void>;
    static lerp(from: Vector2, to: Vector2, value: number | Vector2): Vector2;
    static arcLerp(from: Vector2, to: Vector2, value: number, reverse?: boolean, ratio?: number): Vector2;
    static fromOrigin(origin: Origin | Direction): Vector2;
    static fromScalar(value: number): Vector2;
    static fromRadians(radians: number): Vector2;
    static magnitude(x: number, y: number): number;
    get width(): number;
    set width(value: number);
    get height(): number;
    set height(value: number);
    get magnitude(): number;
    get normalized(): Vector2;
    get safe(): Vector2;
    get flipped(): Vector2;
    get floored(): Vector2;
    get perpendicular(): Vector2;
    get radians(): number;
    get ctg(): number;
    constructor();
    constructor(from: PossibleVector2);
    constructor(x: number, y: number);
    lerp(to: Vector2, value: Vector2 | number): Vector2;
    getOriginOffset(origin: Origin | Direction): Vector2;
    scale(value: number): Vector2;
    transformAsPoint(matrix: DOMMatrix): Vector2;
    transform(matrix: DOMMatrix): Vector2;
    mul(possibleVector: PossibleVector2): Vector2;
    div(possibleVector: PossibleVector2): Vector2;
    add(possibleVector: PossibleVector2): Vector2;
    sub(possibleVector: PossibleVector2): Vector2;
    dot(possibleVector: PossibleVector2): number;
    addX(value: number): Vector2;
    addY(value: number): Vector2;
    toSymbol(): symbol;
    serialize(): SerializedVector2;
    exactlyEquals(other: Vector2): boolean;
}
//# sourceMappingURL=Vector.d.ts.map