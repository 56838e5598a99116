import { intersection } from "lodash";
export default intersection;
