import { pullAllBy } from "lodash";
export default pullAllBy;
