/**
 * Luminosity
 * http://en.wikipedia.org/wiki/Luminosity
 */
export declare const LuminosityShader: {
    uniforms: {
        tDiffuse: {
            value: null;
        };
    };
    vertexShader: string;
    fragmentShader: string;
};
