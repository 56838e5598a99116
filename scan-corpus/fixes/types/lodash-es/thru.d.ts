import { thru } from "lodash";
export default thru;
