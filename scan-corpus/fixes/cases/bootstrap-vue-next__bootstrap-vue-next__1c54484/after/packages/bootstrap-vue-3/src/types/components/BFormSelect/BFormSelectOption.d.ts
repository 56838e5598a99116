// Props
export interface Props {
  value?: unknown
  disabled?: boolean
}
// Emits

// Other
