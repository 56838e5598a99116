// Props
export interface Props {
  loading?: boolean
}
// Emits

// Other
