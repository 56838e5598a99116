import { union } from "lodash";
export default union;
