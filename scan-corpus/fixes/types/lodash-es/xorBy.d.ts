import { xorBy } from "lodash";
export default xorBy;
