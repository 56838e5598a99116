/**
 * @external
 */
type SkeletonType = 'text' | 'avatar' | 'input' | 'button'

export default SkeletonType
