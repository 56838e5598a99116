import { toString } from "lodash";
export default toString;
