import { values } from "lodash";
export default values;
