import { invertBy } from "lodash";
export default invertBy;
