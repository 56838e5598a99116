// Props
export interface Props {
  title?: string
  titleTag?: string
}
// Emits

// Other
