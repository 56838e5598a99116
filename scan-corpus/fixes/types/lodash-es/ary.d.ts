import { ary } from "lodash";
export default ary;
