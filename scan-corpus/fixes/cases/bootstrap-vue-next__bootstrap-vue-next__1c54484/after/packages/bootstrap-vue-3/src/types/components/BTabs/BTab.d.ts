// Props
export interface Props {
  id?: string
  title?: string
  active?: boolean
  buttonId?: string
  disabled?: boolean
  lazy?: boolean
  noBody?: boolean | string
  tag?: string
  titleItemClass?: Array<unknown> | Record<string, unknown> | string
  titleLinkAttributes?: Record<string, unknown>
  titleLinkClass?: Array<unknown> | Record<string, unknown> | string
}
// Emits

// Other
