// Props
export interface Props {
  columns?: boolean
  deck?: boolean
  tag?: string
}
// Emits

// Other
