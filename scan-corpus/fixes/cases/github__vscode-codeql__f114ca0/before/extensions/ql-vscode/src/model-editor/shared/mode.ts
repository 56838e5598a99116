export enum Mode {
  Application = "application",
  Framework = "framework",
}
