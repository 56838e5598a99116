import { Mesh } from 'three'

export function createText(message: string, height: number): Mesh
