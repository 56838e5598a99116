import { before } from "lodash";
export default before;
