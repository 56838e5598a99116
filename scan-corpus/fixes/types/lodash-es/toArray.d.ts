import { toArray } from "lodash";
export default toArray;
