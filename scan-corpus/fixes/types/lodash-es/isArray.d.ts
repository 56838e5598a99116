import { isArray } from "lodash";
export default isArray;
