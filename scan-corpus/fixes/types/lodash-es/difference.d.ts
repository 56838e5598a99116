import { difference } from "lodash";
export default difference;
