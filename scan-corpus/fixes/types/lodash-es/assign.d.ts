import { assign } from "lodash";
export default assign;
