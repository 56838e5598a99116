import { isSet } from "lodash";
export default isSet;
