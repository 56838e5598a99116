import { inRange } from "lodash";
export default inRange;
