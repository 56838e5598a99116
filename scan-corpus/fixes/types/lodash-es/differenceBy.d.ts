import { differenceBy } from "lodash";
export default differenceBy;
