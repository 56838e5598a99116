// Props
export interface Props {
  headVariant?: string
}
// Emits

// Other
