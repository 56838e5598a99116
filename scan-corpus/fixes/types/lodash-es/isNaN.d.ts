import { isNaN } from "lodash";
export default isNaN;
