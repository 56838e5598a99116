import { matches } from "lodash";
export default matches;
