import { sortedLastIndexOf } from "lodash";
export default sortedLastIndexOf;
