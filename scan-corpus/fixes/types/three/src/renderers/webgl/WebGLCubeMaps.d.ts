import { WebGLRenderer } from "../WebGLRenderer.js";

export class WebGLCubeMaps {
    constructor(renderer: WebGLRenderer);

    get(texture: any): any;
    dispose(): void;
}
