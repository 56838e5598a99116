import { assignWith } from "lodash";
export default assignWith;
