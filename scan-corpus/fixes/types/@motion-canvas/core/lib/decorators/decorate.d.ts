export declare function decorate(fn: Callback, ...decorators: MethodDecorator[]): void;
//# sourceMappingURL=decorate.d.ts.map