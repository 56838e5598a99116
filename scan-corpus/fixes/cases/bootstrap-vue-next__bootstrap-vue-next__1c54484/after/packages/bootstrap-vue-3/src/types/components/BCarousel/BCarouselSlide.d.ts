// Props
export interface Props {
  imgSrc?: string
  imgHeight?: string
  imgWidth?: string
  interval?: string | number
  active?: boolean
  background?: string
  caption?: string
  captionHtml?: string
  captionTag?: string
  contentTag?: string
  contentVisibleUp?: string
  id?: string
  imgAlt?: string
  imgBlank?: boolean
  imgBlankColor?: string
  text?: string
  textHtml?: string
  textTag?: string
}
// Emits

// Other
