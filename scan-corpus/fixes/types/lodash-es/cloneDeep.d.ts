import { cloneDeep } from "lodash";
export default cloneDeep;
