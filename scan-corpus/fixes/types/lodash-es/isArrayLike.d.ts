import { isArrayLike } from "lodash";
export default isArrayLike;
