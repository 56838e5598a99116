import { unset } from "lodash";
export default unset;
