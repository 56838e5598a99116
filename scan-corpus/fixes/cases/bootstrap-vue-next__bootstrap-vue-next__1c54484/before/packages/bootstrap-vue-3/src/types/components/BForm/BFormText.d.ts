import type {TextColorVariant} from '../..'

// Props
export interface Props {
  id?: string
  inline?: boolean
  tag?: string
  textVariant?: TextColorVariant
}
// Emits

// Other
