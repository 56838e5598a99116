/**
 * @external
 */
type InputSize = 'sm' | 'md' | 'lg'

export default InputSize
