import { findIndex } from "lodash";
export default findIndex;
