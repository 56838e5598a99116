import { now } from "lodash";
export default now;
