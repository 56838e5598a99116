export declare const version = "5.0.0-1";
