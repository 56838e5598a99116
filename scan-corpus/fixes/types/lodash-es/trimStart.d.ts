import { trimStart } from "lodash";
export default trimStart;
