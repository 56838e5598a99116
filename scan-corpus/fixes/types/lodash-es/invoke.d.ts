import { invoke } from "lodash";
export default invoke;
