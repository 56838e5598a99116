import type {ColorVariant} from '..'
// Props
export interface Props {
  label?: string
  labelHtml?: string
  max?: number | string
  animated?: boolean
  precision?: number | string
  showProgress?: boolean
  showValue?: boolean
  striped?: boolean
  value?: number | string
  variant?: ColorVariant
}
// Emits

// Other
