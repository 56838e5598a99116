import { without } from "lodash";
export default without;
