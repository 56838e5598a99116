import { concat } from "lodash";
export default concat;
