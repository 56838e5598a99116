import { dropRightWhile } from "lodash";
export default dropRightWhile;
