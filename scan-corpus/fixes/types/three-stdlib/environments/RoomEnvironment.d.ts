/**
 * https://github.com/google/model-viewer/blob/master/packages/model-viewer/src/three-components/EnvironmentScene.ts
 */
import * as THREE from 'three';
declare function RoomEnvironment(): THREE.Scene;
export { RoomEnvironment };
