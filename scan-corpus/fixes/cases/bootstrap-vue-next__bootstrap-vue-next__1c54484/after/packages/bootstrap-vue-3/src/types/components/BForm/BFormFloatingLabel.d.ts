// Props
export interface Props {
  labelFor?: string
  label?: string
}
// Emits

// Other
