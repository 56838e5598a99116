export { default as withTooltip } from './enhancers/withTooltip';
export { default as useTooltip } from './hooks/useTooltip';
export { default as useTooltipInPortal } from './hooks/useTooltipInPortal';
export { useTooltipPosition, TooltipPositionConsumer } from './context/TooltipPositionContext';
export { default as Tooltip, defaultStyles } from './tooltips/Tooltip';
export { default as TooltipWithBounds } from './tooltips/TooltipWithBounds';
export { default as Portal } from './Portal';
//# sourceMappingURL=index.d.ts.map