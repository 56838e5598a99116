import { assignInWith } from "lodash";
export default assignInWith;
