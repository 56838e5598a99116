/**
 * @external
 */
type TransitionMode = 'in-out' | 'out-in'

export default TransitionMode
