export {adjustScale} from './adjustScale';

export {getRectDelta} from './getRectDelta';

export {getAdjustedRect} from './rectAdjustment';

export {getClientRect, getTransformAgnosticClientRect} from './getRect';

export {getWindowClientRect} from './getWindowClientRect';

export {Rect} from './Rect';
