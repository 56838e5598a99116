export interface CompilerArguments {
    sourceList: string[];
    compilerOptions?: CompilerOptions;
}
