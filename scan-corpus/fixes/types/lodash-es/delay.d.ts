import { delay } from "lodash";
export default delay;
