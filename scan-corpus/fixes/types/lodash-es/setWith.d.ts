import { setWith } from "lodash";
export default setWith;
