import { BufferGeometry, Vector3 } from 'three'

export class ConvexGeometry extends BufferGeometry {
  constructor(points?: Vector3[])
}
