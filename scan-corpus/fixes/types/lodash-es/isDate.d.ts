import { isDate } from "lodash";
export default isDate;
