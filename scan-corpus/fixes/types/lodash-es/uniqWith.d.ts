import { uniqWith } from "lodash";
export default uniqWith;
