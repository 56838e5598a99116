import { zipWith } from "lodash";
export default zipWith;
