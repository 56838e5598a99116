// Props
export interface Props {
  id?: string
  title?: string
  visible?: boolean
}
// Emits

// Other
