type Animation =
  | 'cylon'
  | 'cylon-vertical'
  | 'fade'
  | 'spin'
  | 'spin-reverse'
  | 'spin-pulse'
  | 'spin-reverse-pulse'
  | 'throb'

export default Animation
