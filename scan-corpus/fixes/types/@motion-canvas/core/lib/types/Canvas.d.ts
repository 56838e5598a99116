export type CanvasColorSpace = 'srgb' | 'display-p3';
export type CanvasOutputMimeType = 'image/png' | 'image/jpeg' | 'image/webp';
//# sourceMappingURL=Canvas.d.ts.map