import { toLength } from "lodash";
export default toLength;
