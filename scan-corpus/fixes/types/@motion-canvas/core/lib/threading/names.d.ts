export declare function setTaskName(task: Generator, source: Generator | string): void;
export declare function getTaskName(task: Generator): string;
//# sourceMappingURL=names.d.ts.map