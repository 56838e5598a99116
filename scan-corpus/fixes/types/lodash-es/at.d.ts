import { at } from "lodash";
export default at;
