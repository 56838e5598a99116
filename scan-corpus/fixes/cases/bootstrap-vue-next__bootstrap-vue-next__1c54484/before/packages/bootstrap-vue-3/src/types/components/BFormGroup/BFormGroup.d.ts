// Props
export interface Props {
  contentCols?: boolean | string | number
  contentColsLg?: boolean | string | number
  contentColsMd?: boolean | string | number
  contentColsSm?: boolean | string | number
  contentColsXl?: boolean | string | number
  description?: string
  disabled?: boolean
  feedbackAriaLive?: string
  id?: string
  invalidFeedback?: string
  label?: string
  labelAlign?: boolean | string | number
  labelAlignLg?: boolean | string | number
  labelAlignMd?: boolean | string | number
  labelAlignSm?: boolean | string | number
  labelAlignXl?: boolean | string | number
  labelClass?: Array<unknown> | Record<string, unknown> | string
  labelCols?: boolean | string | number
  labelColsLg?: boolean | string | number
  labelColsMd?: boolean | string | number
  labelColsSm?: boolean | string | number
  labelColsXl?: boolean | string | number
  labelFor?: string
  labelSize?: string
  labelSrOnly?: boolean
  state?: boolean
  tooltip?: boolean
  validFeedback?: string
  validated?: boolean
  floating?: boolean
}
// Emits

// Other
