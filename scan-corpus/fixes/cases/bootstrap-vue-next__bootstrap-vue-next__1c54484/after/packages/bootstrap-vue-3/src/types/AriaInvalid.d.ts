import type {Booleanish} from '.'

type AriaInvalid = Booleanish | 'grammar' | 'spelling'

export default AriaInvalid
