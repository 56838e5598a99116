/**
 * The contents of this file are for event sampling. They are not used for
 * any purpose requiring cryptographic security.
 * */
export default function shouldSample(ratio: number): boolean;
//# sourceMappingURL=sampling.d.ts.map