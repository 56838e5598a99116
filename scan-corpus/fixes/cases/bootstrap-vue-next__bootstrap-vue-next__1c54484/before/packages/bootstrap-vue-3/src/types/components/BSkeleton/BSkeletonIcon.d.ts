import type {SkeletonAnimation} from '../..'
// Props
export interface Props {
  animation?: SkeletonAnimation
}
// Emits

// Other
