import { cloneWith } from "lodash";
export default cloneWith;
