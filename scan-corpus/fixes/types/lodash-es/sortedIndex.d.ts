import { sortedIndex } from "lodash";
export default sortedIndex;
