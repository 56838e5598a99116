import { sortedUniq } from "lodash";
export default sortedUniq;
