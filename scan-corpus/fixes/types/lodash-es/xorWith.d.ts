import { xorWith } from "lodash";
export default xorWith;
