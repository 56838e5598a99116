import type {ColorVariant, SpinnerType} from '..'
// Props
export interface Props {
  label?: string
  role?: string
  small?: boolean
  tag?: string
  type?: SpinnerType
  variant?: ColorVariant
}
// Emits

// Other
