import { fill } from "lodash";
export default fill;
