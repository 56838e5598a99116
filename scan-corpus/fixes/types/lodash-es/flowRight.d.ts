import { flowRight } from "lodash";
export default flowRight;
