// Props
export interface Props {
  variant?: string
}
// Emits

// Other
