import { sortedLastIndexBy } from "lodash";
export default sortedLastIndexBy;
