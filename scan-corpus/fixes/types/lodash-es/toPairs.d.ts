import { toPairs } from "lodash";
export default toPairs;
