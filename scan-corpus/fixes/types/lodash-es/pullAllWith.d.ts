import { pullAllWith } from "lodash";
export default pullAllWith;
