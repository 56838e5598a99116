import { BufferGeometry } from 'three';
import { Reflector, ReflectorOptions } from '../objects/Reflector';
declare class ReflectorRTT extends Reflector {
    constructor(geometry?: BufferGeometry, options?: ReflectorOptions);
}
export { ReflectorRTT };
