// Props
export interface Props {
  active?: boolean
  disabled?: boolean
  href?: string
}
// Emits

// Other
