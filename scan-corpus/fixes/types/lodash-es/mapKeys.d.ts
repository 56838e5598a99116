import { mapKeys } from "lodash";
export default mapKeys;
