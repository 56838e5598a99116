import { isArrayLikeObject } from "lodash";
export default isArrayLikeObject;
