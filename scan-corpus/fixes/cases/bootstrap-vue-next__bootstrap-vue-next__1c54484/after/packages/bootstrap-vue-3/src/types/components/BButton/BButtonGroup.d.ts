// Props
export interface Props {
  ariaRole?: string
  size?: string
  tag?: string
  vertical?: boolean
}
// Emits

// Other
