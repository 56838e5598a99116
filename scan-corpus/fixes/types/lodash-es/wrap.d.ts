import { wrap } from "lodash";
export default wrap;
