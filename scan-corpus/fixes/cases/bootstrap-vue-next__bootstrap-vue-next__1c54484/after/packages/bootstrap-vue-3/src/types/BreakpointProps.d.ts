export interface ColBreakpointProps {
  sm?: boolean | string | number
  md?: boolean | string | number
  lg?: boolean | string | number
  xl?: boolean | string | number
  xxl?: boolean | string | number
}

export interface RowColsBreakpointProps {
  colsSm?: string | number
  colsMd?: string | number
  colsLg?: string | number
  colsXl?: string | number
  colsXxl?: string | number
}

export interface OffsetBreakpointProps {
  offsetSm?: string | number
  offsetMd?: string | number
  offsetLg?: string | number
  offsetXl?: string | number
  offsetXxl?: string | number
}

export interface OrderBreakpointProps {
  OrderSm?: string | number
  OrderMd?: string | number
  OrderLg?: string | number
  OrderXl?: string | number
  OrderXxl?: string | number
}
