export type BlockTuneData = any;
