export enum CaseType {
  /** For example: camelCase */
  camelCase,

  /** For example: PascalCase */
  pascalCase,

  /** For example: snake_case */
  snakeCase,

  /** For example: kebab-case */
  kebabCase,
}
