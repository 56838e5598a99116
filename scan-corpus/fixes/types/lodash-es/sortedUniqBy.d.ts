import { sortedUniqBy } from "lodash";
export default sortedUniqBy;
