export type UniqueIdentifier = string | number;
