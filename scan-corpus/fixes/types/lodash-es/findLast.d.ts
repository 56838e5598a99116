import { findLast } from "lodash";
export default findLast;
