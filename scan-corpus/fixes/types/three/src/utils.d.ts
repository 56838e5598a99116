export function createCanvasElement(): HTMLCanvasElement;

export function probeAsync(gl: WebGLRenderingContext, sync: WebGLSync, interval: number): Promise<void>;
