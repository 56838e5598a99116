import { gt } from "lodash";
export default gt;
