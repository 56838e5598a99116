import { isEqualWith } from "lodash";
export default isEqualWith;
