import { findKey } from "lodash";
export default findKey;
