import { AxisScale as AxisAxisScale } from '@visx/axis';

export type AxisScale = AxisAxisScale;
