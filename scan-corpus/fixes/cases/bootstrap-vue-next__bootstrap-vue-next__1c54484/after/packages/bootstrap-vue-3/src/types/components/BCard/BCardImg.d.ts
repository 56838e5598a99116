// Props
export interface Props {
  alt?: string
  bottom?: boolean
  end?: boolean
  height?: number | string
  left?: boolean
  right?: boolean
  src?: string
  start?: boolean
  top?: boolean
  width?: number | string
}
// Emits

// Other
