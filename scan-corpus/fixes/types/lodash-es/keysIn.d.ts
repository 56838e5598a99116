import { keysIn } from "lodash";
export default keysIn;
