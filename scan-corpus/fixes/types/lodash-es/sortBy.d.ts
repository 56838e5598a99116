import { sortBy } from "lodash";
export default sortBy;
