declare class FlakesTexture {
    constructor(width?: number, height?: number);
}
export { FlakesTexture };
