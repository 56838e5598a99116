import { isLength } from "lodash";
export default isLength;
