/**
 * @external
 */
type Breakpoint = 'sm' | 'md' | 'lg' | 'xl' | 'xxl'

export default Breakpoint
