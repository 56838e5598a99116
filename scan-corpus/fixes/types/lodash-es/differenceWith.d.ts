import { differenceWith } from "lodash";
export default differenceWith;
