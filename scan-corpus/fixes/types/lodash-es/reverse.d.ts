import { reverse } from "lodash";
export default reverse;
