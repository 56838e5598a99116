import { forEach } from "lodash";
export default forEach;
