import { keyBy } from "lodash";
export default keyBy;
