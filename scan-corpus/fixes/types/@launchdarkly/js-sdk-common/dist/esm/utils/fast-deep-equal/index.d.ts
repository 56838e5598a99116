export default function fastDeepEqual(a: any, b: any): boolean;
//# sourceMappingURL=index.d.ts.map