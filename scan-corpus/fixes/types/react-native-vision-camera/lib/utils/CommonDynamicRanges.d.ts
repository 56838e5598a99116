/**
 * Common Dynamic Ranges for the Camera.
 */
export declare const CommonDynamicRanges: {
    /**
     * Any SDR profile, preferrably 8-bit sRGB.
     */
    readonly ANY_SDR: {
        readonly bitDepth: "sdr-8-bit";
        readonly colorSpace: "srgb";
        readonly colorRange: "full";
    };
    /**
     * Any HDR profile, preferrably 10-bit HLG_BT2020.
     */
    readonly ANY_HDR: {
        readonly bitDepth: "hdr-10-bit";
        readonly colorSpace: "hlg-bt2020";
        readonly colorRange: "full";
    };
};
