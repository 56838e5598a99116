/**
 * @external
 */
type LinkTarget = '_self' | '_blank' | '_parent' | '_top'

export default LinkTarget
