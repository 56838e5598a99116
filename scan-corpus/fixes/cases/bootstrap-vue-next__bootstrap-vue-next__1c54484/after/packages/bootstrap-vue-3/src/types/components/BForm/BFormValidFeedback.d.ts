// Props
export interface Props {
  ariaLive?: string
  forceShow?: boolean
  id?: string
  role?: string
  state?: boolean
  tag?: string
  tooltip?: boolean
}
// Emits

// Other
