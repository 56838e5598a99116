import { ColorMetaField, MetaField, ObjectMetaField, RangeMetaField, Vector2MetaField } from '../meta';
import { CanvasColorSpace, Color, CanvasOutputMimeType, Vector2 } from '../types';
declare function createProjectMetadata(): {
    version: MetaField<unknown, number>;
    shared: ObjectMetaField<{
        background: ColorMetaField;
        range: RangeMetaField;
        size: Vector2MetaField;
        audioOffset: MetaField<any, number>;
    }>;
    preview: ObjectMetaField<{
        fps: MetaField<any, number>;
        resolutionScale: MetaField<any, number>;
    }>;
    rendering: ObjectMetaField<{
        fps: MetaField<any, number>;
        resolutionScale: MetaField<any, number>;
        colorSpace: MetaField<any, CanvasColorSpace>;
        fileType: MetaField<any, CanvasOutputMimeType>;
        quality: MetaField<any, number>;
    }>;
};
export declare class ProjectMetadata extends ObjectMetaField<ReturnType<typeof createProjectMetadata>> {
    constructor();
    getFullPreviewSettings(): {
        fps: number;
        resolutionScale: number;
        background: Color | null;
        range: [number, number];
        size: Vector2;
        audioOffset: number;
    };
    getFullRenderingSettings(): {
        fps: number;
        resolutionScale: number;
        colorSpace: CanvasColorSpace;
        fileType: CanvasOutputMimeType;
        quality: number;
        background: Color | null;
        range: [number, number];
        size: Vector2;
        audioOffset: number;
    };
}
export {};
//# sourceMappingURL=ProjectMetadata.d.ts.map