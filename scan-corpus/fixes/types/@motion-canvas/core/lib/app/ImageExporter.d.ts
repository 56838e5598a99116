import type { RendererSettings } from './Renderer';
import type { Exporter } from './Exporter';
import type { Logger } from './Logger';
/**
 * Image sequence exporter.
 */
export declare class ImageExporter implements Exporter {
    private readonly logger;
    private readonly frameLookup;
    private frameCounter;
    private name;
    private quality;
    private fileType;
    constructor(logger: Logger);
    configure(settings: RendererSettings): Promise<void>;
    start(): Promise<void>;
    handleFrame(canvas: HTMLCanvasElement, frame: number, signal: AbortSignal): Promise<void>;
    stop(): Promise<void>;
}
//# sourceMappingURL=ImageExporter.d.ts.map