import { over } from "lodash";
export default over;
