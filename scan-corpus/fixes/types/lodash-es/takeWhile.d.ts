import { takeWhile } from "lodash";
export default takeWhile;
