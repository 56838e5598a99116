// Props
export interface Props {
  colspan?: string | number
  rowspan?: string | number
  stackedHeading?: string
  variant?: string
  stickyColumn?: boolean
}
// Emits

// Other
