export type VoidFunction = () => void;
//# sourceMappingURL=VoidFunction.d.ts.map