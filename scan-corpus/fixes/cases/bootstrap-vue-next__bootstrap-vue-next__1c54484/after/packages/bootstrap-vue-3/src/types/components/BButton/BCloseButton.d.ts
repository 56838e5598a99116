// Props
export interface Props {
  disabled?: boolean
  white?: boolean
}
// Emits

// Other
