export interface ElementPosition {
  top: number;
  left: number;
  bottom: number;
  right: number;
  height: number;
  width: number;
  visible: boolean;
}
