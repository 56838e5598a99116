import { minBy } from "lodash";
export default minBy;
