import type {InputSize} from '../..'
// Props
export interface Props {
  append?: string
  appendHtml?: string
  id?: string
  prepend?: string
  prependHtml?: string
  size?: InputSize
  tag?: string
}
// Emits

// Other
