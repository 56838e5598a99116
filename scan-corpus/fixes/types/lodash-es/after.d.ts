import { after } from "lodash";
export default after;
