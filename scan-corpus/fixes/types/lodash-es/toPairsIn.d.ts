import { toPairsIn } from "lodash";
export default toPairsIn;
