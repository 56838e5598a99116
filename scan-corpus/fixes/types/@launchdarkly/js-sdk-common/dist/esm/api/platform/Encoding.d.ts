export interface Encoding {
    btoa(data: string): string;
}
//# sourceMappingURL=Encoding.d.ts.map