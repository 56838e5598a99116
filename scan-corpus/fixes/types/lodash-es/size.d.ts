import { size } from "lodash";
export default size;
