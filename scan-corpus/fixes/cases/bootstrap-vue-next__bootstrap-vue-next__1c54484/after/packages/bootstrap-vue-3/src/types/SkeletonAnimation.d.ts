/**
 * @external
 */
type SkeletonAnimation = boolean | 'wave' | 'fade' | 'throb'

export default SkeletonAnimation
