import { toFinite } from "lodash";
export default toFinite;
