/**
 * @external
 */
type Size = 'sm' | 'lg' | undefined

export default Size
