import { v1, v3, v4, v5 } from "./interfaces";

export const v1: v1;
export const v3: v3;
export const v4: v4;
export const v5: v5;
