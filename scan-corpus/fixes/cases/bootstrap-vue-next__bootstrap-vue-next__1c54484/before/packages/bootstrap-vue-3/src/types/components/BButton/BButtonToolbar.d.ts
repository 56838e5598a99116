// Props
export interface Props {
  ariaRole?: string
  justify?: boolean
  // keyNav?: boolean
}
// Emits

// Other
