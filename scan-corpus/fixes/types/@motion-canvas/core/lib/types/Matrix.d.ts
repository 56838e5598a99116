export declare const EPSILON = 0.000001;
export declare function transformAngle(angle: number, matrix: DOMMatrix): number;
export declare function transformScalar(scalar: number, matrix: DOMMatrix): number;
//# sourceMappingURL=Matrix.d.ts.map