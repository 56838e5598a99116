// Props
export interface Props {
  footVariant?: string
}
// Emits

// Other
