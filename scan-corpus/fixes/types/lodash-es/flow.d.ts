import { flow } from "lodash";
export default flow;
