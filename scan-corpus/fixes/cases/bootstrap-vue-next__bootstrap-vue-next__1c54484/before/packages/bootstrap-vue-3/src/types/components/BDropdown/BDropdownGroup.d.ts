import type {ColorVariant} from '../..'
// Props
export interface Props {
  id?: string
  ariaDescribedby?: string
  header?: string
  headerClasses?: string | Array<unknown> | Record<string, unknown>
  headerTag?: string
  headerVariant?: ColorVariant
}
// Emits

// Other
