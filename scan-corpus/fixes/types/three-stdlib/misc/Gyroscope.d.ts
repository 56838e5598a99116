import { Object3D } from 'three'

export class Gyroscope extends Object3D {
  constructor()
}
