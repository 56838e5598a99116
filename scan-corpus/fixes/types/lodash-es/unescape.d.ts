import { unescape } from "lodash";
export default unescape;
