export declare const WaterRefractionShader: {
    uniforms: {
        color: {
            value: null;
        };
        time: {
            value: number;
        };
        tDiffuse: {
            value: null;
        };
        tDudv: {
            value: null;
        };
        textureMatrix: {
            value: null;
        };
    };
    vertexShader: string;
    fragmentShader: string;
};
