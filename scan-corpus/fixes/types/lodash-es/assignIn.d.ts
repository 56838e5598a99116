import { assignIn } from "lodash";
export default assignIn;
