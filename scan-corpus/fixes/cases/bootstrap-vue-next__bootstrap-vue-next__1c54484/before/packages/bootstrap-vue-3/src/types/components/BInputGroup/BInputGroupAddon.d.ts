// Props
export interface Props {
  append?: boolean
  id?: string
  isText?: boolean
  tag?: string
}
// Emits

// Other
