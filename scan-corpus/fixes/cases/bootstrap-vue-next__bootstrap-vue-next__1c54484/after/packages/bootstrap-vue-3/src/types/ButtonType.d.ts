/**
 * @external
 */
type ButtonType = 'button' | 'submit' | 'reset'

export default ButtonType
