import { functions } from "lodash";
export default functions;
