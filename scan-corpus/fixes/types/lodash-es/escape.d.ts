import { escape } from "lodash";
export default escape;
