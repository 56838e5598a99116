import { keys } from "lodash";
export default keys;
