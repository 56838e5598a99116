enum CustomizableCompilers {
    'typescript' = 'typescript'
}

export default CustomizableCompilers;

