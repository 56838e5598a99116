import { toPlainObject } from "lodash";
export default toPlainObject;
