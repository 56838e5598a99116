// Props
export interface Props {
  tag?: string
}
// Emits

// Other
