export {defaultCoordinates} from './constants';
export {distanceBetween} from './distanceBetweenPoints';
export {getRelativeTransformOrigin} from './getRelativeTransformOrigin';
