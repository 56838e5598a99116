import { defaults } from "lodash";
export default defaults;
