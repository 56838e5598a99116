import { cloneDeepWith } from "lodash";
export default cloneDeepWith;
