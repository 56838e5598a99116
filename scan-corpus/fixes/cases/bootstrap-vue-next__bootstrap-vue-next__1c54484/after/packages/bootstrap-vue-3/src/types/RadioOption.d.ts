interface RadioOption {
  text: string
  value: any
  disabled?: boolean
}

export default RadioOption
