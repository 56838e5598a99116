import { rearg } from "lodash";
export default rearg;
