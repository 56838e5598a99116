// Props
export interface Props {
  headVariant?: boolean
}
// Emits

// Other
