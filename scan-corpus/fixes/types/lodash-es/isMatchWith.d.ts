import { isMatchWith } from "lodash";
export default isMatchWith;
