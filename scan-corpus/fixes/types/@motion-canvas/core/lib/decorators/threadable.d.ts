export declare function threadable(customName?: string): MethodDecorator;
//# sourceMappingURL=threadable.d.ts.map