// Props
export interface Props {
  flush?: boolean
  free?: boolean
  id?: string
}
// Emits

// Other
