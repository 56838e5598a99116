// Props
export interface Props {
  label?: string
  disabledField?: string
  htmlField?: string
  options?: Array<unknown> | Record<string, unknown>
  textField?: string
  valueField?: string
}
// Emits

// Other
