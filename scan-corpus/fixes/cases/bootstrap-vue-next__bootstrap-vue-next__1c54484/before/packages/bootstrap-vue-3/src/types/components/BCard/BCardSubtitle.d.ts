import type {TextColorVariant} from '../..'
// Props
export interface Props {
  text?: string
  tag?: string
  textVariant?: TextColorVariant
}
// Emits

// Other
