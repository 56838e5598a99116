// Props
export interface Props {
  id?: string
  isText?: boolean
  tag?: string
}
// Emits

// Other
