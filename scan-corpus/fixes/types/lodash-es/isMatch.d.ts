import { isMatch } from "lodash";
export default isMatch;
