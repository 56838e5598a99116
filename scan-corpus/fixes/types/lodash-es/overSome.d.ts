import { overSome } from "lodash";
export default overSome;
