import { overArgs } from "lodash";
export default overArgs;
