import { isUndefined } from "lodash";
export default isUndefined;
