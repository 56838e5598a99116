import { matchesProperty } from "lodash";
export default matchesProperty;
