import { isEqual } from "lodash";
export default isEqual;
