/// <reference types="react" />
export declare type TooltipPositionContextType = {
    isFlippedVertically: boolean;
    isFlippedHorizontally: boolean;
};
export declare const TooltipPositionProvider: import("react").Provider<TooltipPositionContextType>;
export declare const TooltipPositionConsumer: import("react").Consumer<TooltipPositionContextType>;
export declare const useTooltipPosition: () => TooltipPositionContextType;
//# sourceMappingURL=TooltipPositionContext.d.ts.map