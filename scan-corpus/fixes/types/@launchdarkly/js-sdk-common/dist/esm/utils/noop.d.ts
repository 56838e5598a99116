declare const _default: () => void;
export default _default;
//# sourceMappingURL=noop.d.ts.map