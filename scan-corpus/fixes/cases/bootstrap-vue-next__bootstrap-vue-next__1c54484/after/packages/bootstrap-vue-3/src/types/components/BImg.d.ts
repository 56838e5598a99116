// Props
export interface Props {
  alt?: string
  blank?: boolean
  blankColor?: string
  block?: boolean
  center?: boolean
  fluid?: boolean
  fluidGrow?: boolean
  height?: number | string
  left?: boolean
  right?: boolean
  rounded?: boolean | string
  sizes?: string | Array<string>
  src?: string
  srcset?: string | Array<string>
  thumbnail?: boolean
  width?: number | string
}
// Emits

// Other
