import { findLastKey } from "lodash";
export default findLastKey;
