import * as React from 'react';
export interface ResizeCanvasProps {
    graphDOM: HTMLDivElement;
}
declare const ResizeCanvas: React.FunctionComponent<ResizeCanvasProps>;
export default ResizeCanvas;
