import { join } from "lodash";
export default join;
