import { sortedIndexOf } from "lodash";
export default sortedIndexOf;
