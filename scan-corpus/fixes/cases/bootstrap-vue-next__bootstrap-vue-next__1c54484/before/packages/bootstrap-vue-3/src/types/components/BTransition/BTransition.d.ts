import type {TransitionMode} from '../..'

// Props
export interface Props {
  appear?: boolean
  mode?: TransitionMode
  noFade?: boolean
  transProps?: Record<string, unknown>
}
// Emits

// Other
