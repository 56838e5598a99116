// Props
export interface Props {
  align?: string
  fill?: boolean
  justified?: boolean
  pills?: boolean
  tabs?: boolean
  vertical?: boolean
}
// Emits

// Other
