import type {ColorVariant, TextColorVariant} from '../..'
// Props
export interface Props {
  footer?: string
  footerBgVariant?: ColorVariant
  footerBorderVariant?: ColorVariant
  footerClass?: Array<unknown> | Record<string, unknown> | string
  footerHtml?: string
  footerTag?: string
  footerTextVariant?: TextColorVariant
}
// Emits

// Other
