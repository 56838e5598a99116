import { extendWith } from "lodash";
export default extendWith;
