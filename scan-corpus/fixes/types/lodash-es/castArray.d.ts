import { castArray } from "lodash";
export default castArray;
