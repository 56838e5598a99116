/**
 * Messages for issues which can be encountered from processing the configuration options.
 */
export default class OptionMessages {
    static deprecated(oldName: string, newName: string): string;
    static optionBelowMinimum(name: string, value: number, min: number): string;
    static unknownOption(name: string): string;
    static wrongOptionType(name: string, expectedType: string, actualType: string): string;
    static wrongOptionTypeBoolean(name: string, actualType: string): string;
    static invalidTagValue(name: string): string;
    static tagValueTooLong(name: string): string;
    static partialEndpoint(name: string): string;
}
//# sourceMappingURL=OptionMessages.d.ts.map