import { memoize } from "lodash";
export default memoize;
