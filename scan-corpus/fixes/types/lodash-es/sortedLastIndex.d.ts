import { sortedLastIndex } from "lodash";
export default sortedLastIndex;
