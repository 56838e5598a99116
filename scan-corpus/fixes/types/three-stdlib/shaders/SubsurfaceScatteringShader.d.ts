export declare const SubsurfaceScatteringShader: {
    uniforms: any;
    vertexShader: any;
    fragmentShader: any;
};
