export default function clone<T>(obj: any): any;
//# sourceMappingURL=clone.d.ts.map