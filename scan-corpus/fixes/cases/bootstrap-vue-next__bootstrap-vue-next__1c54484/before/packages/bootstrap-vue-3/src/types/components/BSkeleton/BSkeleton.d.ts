import type {ColorVariant, SkeletonAnimation, SkeletonType} from '../..'
// Props
export interface Props {
  height?: string
  width?: string
  size?: string
  animation?: SkeletonAnimation
  type?: SkeletonType
  variant?: ColorVariant
}
// Emits

// Other
