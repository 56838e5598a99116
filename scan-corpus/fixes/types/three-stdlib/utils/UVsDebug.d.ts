import { BufferGeometry } from 'three'

export function UVsDebug(geometry: BufferGeometry, size: number): HTMLCanvasElement
