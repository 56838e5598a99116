/**
 * @external
 */
type SpinnerType = 'border' | 'grow'

export default SpinnerType
