export default interface InputMigrationEvent {
    kind: 'migration_op';
    operation: string;
    creationDate: number;
    contextKeys: Record<string, string>;
    evaluation: any;
    measurements: any[];
    samplingRatio: number;
}
//# sourceMappingURL=InputMigrationEvent.d.ts.map